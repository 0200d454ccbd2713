import { createInterface } from 'node:readline';

export class PromptAfgebroken extends Error {}

/**
 * Asks a question on the terminal. Hidden input reads raw keystrokes and echoes nothing, so a
 * password never shows on screen or in the scrollback.
 */
export function terminalPrompt(question: string, options: { hidden?: boolean } = {}): Promise<string> {
  const { stdin, stdout } = process;
  if (!options.hidden) {
    const rl = createInterface({ input: stdin, output: stdout });
    return new Promise((resolve) => rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    }));
  }
  return new Promise((resolve, reject) => {
    stdout.write(question);
    let answer = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new PromptAfgebroken('Afgebroken.'));
        if (ch === '\u007f' || ch === '\b') answer = answer.slice(0, -1);
        else answer += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    stdin.on('data', onData);
  });
}
