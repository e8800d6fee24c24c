/** The shapes of the interface's catalog (en.ts) and of its compiled messages. */

/** One interface message: its English ICU MessageFormat text and, unless obvious, a translator's note. */
export interface CatalogEntry {
  /** ICU MessageFormat: `{name}` placeholders, `{n, plural, one {…} other {…}}`, `{p, number, percent}`, `{d, date, medium}`. */
  readonly msg: string;
  /** For the translator: where it shows and what each placeholder is (becomes `#.` in the PO file). */
  readonly note?: string;
}

/** What a placeholder may be given. */
export type MessageValue = string | number | Date;
export type MessageParams = Readonly<Record<string, MessageValue>>;

/** A compiled message (build/interface/compile.ts): a plain function, no parser at run time. */
export type CompiledMessage = (params?: MessageParams) => string;
export type MessageTable = Readonly<Record<string, CompiledMessage>>;
