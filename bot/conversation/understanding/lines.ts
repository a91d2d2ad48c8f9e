import type { CallWordMention } from './call.wording';
import type { CountMention } from './counts';
import type { CallDirection, CountryMention } from './countries';
import type { DurationMention } from './durations';
import type { PhoneMention } from './phone.numbers';
import type { LineRequest } from './understanding.types';

/** Everything the extractors found, in the order it appears in the text. */
export type LineToken =
  | ({ type: 'count' } & CountMention)
  | ({ type: 'word' } & CallWordMention)
  | ({ type: 'country' } & CountryMention)
  | ({ type: 'phone' } & PhoneMention)
  | ({ type: 'stay' } & DurationMention);

/** A clause about one kind of line, as it is being read: "4 toll-free dial-ins from France". */
interface LineClause {
  count?: number;
  direction?: 'in' | 'out';
  call: boolean;
  tollKind?: 'toll' | 'tollFree';
  country?: string;
  countryDirection?: CallDirection;
  phone?: PhoneMention;
  stayMinutes?: number;
  /** A separator ("and", ",") came after the clause was complete: what follows is another line. */
  closed: boolean;
}

const LINE_WORDS: ReadonlySet<string> = new Set(['dialIn', 'dialOut', 'call', 'toll', 'tollFree']);
/** An article counts as one only right before the line word: "a dial-out", "a toll-free dial-in". */
const ARTICLE_REACH = 12;

/**
 * Reads "4 toll-free dial-ins from France and 2 dial-outs to Japan" as two lines. A clause starts a new line when it
 * would otherwise say something twice (a second count, a second country, the other direction) or when a separator
 * closed the clause before; a clause that names only a country or a count ("… and 2 from Germany") takes the kind
 * of the line before it.
 */
export function assembleLines(tokens: readonly LineToken[]): LineRequest[] {
  const reader = new LineReader();
  tokens.forEach((token, index) => reader.read(token, tokens[index + 1]));
  return reader.lines();
}

class LineReader {
  private readonly clauses: LineClause[] = [];
  private clause: LineClause = LineReader.emptyClause();

  private static emptyClause(): LineClause {
    return { call: false, closed: false };
  }

  read(token: LineToken, next: LineToken | undefined): void {
    const clause = this.clause;
    switch (token.type) {
      case 'count':
        if (token.article && !isLineWordRightAfter(token, next)) return;
        this.openIf(clause.count !== undefined || clause.country !== undefined || clause.phone !== undefined).count = token.value;
        return;
      case 'country': {
        const target = this.openIf(clause.country !== undefined || clause.phone !== undefined);
        target.country = token.region;
        if (token.direction) target.countryDirection = token.direction;
        return;
      }
      case 'phone':
        this.openIf(clause.phone !== undefined).phone = token;
        return;
      case 'stay': {
        const previous = this.clauses[this.clauses.length - 1];
        (hasKind(clause) || !previous ? clause : previous).stayMinutes = token.minutes;
        return;
      }
      case 'word':
        this.readWord(token);
        return;
    }
  }

  private readWord(word: CallWordMention): void {
    const clause = this.clause;
    switch (word.kind) {
      case 'separator':
        if (isComplete(clause)) clause.closed = true;
        return;
      case 'dialIn':
      case 'dialOut': {
        const direction = word.kind === 'dialIn' ? 'in' : 'out';
        this.openIf(clause.closed || (clause.direction !== undefined && clause.direction !== direction)).direction = direction;
        return;
      }
      case 'call':
        this.openIf(clause.closed).call = true;
        return;
      case 'toll':
      case 'tollFree':
        this.openIf(clause.closed || (clause.tollKind !== undefined && clause.tollKind !== word.kind)).tollKind = word.kind;
        return;
      case 'each':
      case 'dialInNumber':
        return;
    }
  }

  /** The clause to write into: a fresh one when the condition says the current one is done. */
  private openIf(condition: boolean): LineClause {
    if (condition) {
      this.clauses.push(this.clause);
      this.clause = LineReader.emptyClause();
    }
    return this.clause;
  }

  lines(): LineRequest[] {
    const lines: LineRequest[] = [];
    let previous: LineClause | undefined;
    for (const own of [...this.clauses, this.clause]) {
      const saysSomething = own.count !== undefined || own.country !== undefined || own.phone !== undefined;
      if (!saysSomething) continue;
      // "… and 2 from Germany": the clause borrows the line wording before it, but keeps its own preposition.
      const clause = hasKind(own) || !previous ? own : borrowWording(own, previous);
      const kind = kindOf(clause);
      if (kind === undefined) continue;
      const country = clause.phone ? clause.phone.country : clause.country;
      lines.push({
        kind,
        count: clause.count ?? 1,
        ...(country ? { country } : {}),
        ...(clause.phone ? { phoneNumber: clause.phone.e164 } : {}),
        ...(clause.stayMinutes !== undefined ? { stayMinutes: clause.stayMinutes } : {}),
      });
      previous = clause;
    }
    return lines;
  }
}

function borrowWording(own: LineClause, previous: LineClause): LineClause {
  const { direction, call, tollKind } = previous;
  const countryDirection = own.countryDirection ?? previous.countryDirection;
  return { ...own, call, ...(direction ? { direction } : {}), ...(tollKind ? { tollKind } : {}), ...(countryDirection ? { countryDirection } : {}) };
}

function isLineWordRightAfter(article: LineToken, next: LineToken | undefined): boolean {
  return next !== undefined && next.type === 'word' && LINE_WORDS.has(next.kind) && next.start - article.end <= ARTICLE_REACH;
}

function hasKind(clause: LineClause): boolean {
  return clause.direction !== undefined || clause.call || clause.tollKind !== undefined;
}

function isComplete(clause: LineClause): boolean {
  return hasKind(clause) && (clause.country !== undefined || clause.phone !== undefined);
}

/**
 * Toll and toll-free are kinds of dial-in number, so saying either means a dial-in. A plain call word is a dial-in
 * when it comes from a country ("qui appellent d'Allemagne"), otherwise a dial-out ("ligar para o Japão").
 */
function kindOf(clause: LineClause): LineRequest['kind'] | undefined {
  const dialIn = (): LineRequest['kind'] =>
    clause.tollKind === 'toll' ? 'dialInToll' : clause.tollKind === 'tollFree' ? 'dialInTollFree' : 'dialIn';
  if (clause.direction === 'out') return 'dialOut';
  if (clause.direction === 'in' || clause.tollKind !== undefined) return dialIn();
  if (clause.call) return clause.countryDirection === 'from' ? dialIn() : 'dialOut';
  if (clause.phone) return 'dialOut';
  return undefined;
}
