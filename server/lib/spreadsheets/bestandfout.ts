/** A file that cannot be read at all (not a spreadsheet, broken quoting, no header). Dutch message. */
export class BestandFout extends Error {
  readonly rij: number | null;

  constructor(message: string, rij: number | null = null) {
    super(message);
    this.name = 'BestandFout';
    this.rij = rij;
  }
}
