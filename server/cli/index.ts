import { loadConfig, processEnv } from '../config.js';
import { DataDirInUseError } from '../db/client.js';
import { AppError } from '../errors.js';
import { type CliIo, CliUsageError, commands, printHelp } from './commands.js';
import { PromptAfgebroken, terminalPrompt } from './prompt.js';

const defaultIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  // Only a terminal can be asked: in a pipe or a script a prompt would hang or read garbage.
  ...(process.stdin.isTTY ? { prompt: terminalPrompt } : {}),
};

/** Runs the `driehoek` command; returns the exit code. Errors are Dutch and never a stack trace. */
export async function runCli(argv: string[], io: CliIo = defaultIo, env: Record<string, string | undefined> = processEnv()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp(io);
    return name ? 0 : 1;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`Onbekend commando '${name}'. Zie 'driehoek --help'.`);
    return 2;
  }
  try {
    const config = loadConfig(env);
    return await command.run(rest, { io, config, env });
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.err(`${error.message}\nZie 'driehoek ${error.command ?? name} --help'.`);
      return 2;
    }
    if (error instanceof PromptAfgebroken) {
      io.err('Afgebroken.');
      return 130;
    }
    if (error instanceof AppError) {
      io.err(`Fout: ${error.detail}`);
      return 1;
    }
    if (error instanceof DataDirInUseError) {
      io.err(`Fout: ${error.message}`);
      return 1;
    }
    if (error instanceof Error && error.message.startsWith('Ongeldige configuratie')) {
      io.err(error.message);
      return 2;
    }
    io.err(`Onverwachte fout: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
