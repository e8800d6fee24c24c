/** Types of the two font libraries the build uses (neither ships its own). */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
  }
  /** A subset of `font` (SFNT, WOFF or WOFF2) with the glyphs `text` needs (HarfBuzz hb-subset). */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  type Format = 'sfnt' | 'truetype' | 'woff' | 'woff2';
  const fontverter: {
    /** `font` converted to `to` (the source format detected, or `from`). */
    convert(font: Buffer, to: Format, from?: Format): Promise<Buffer>;
    detectFormat(font: Buffer): Format;
  };
  export default fontverter;
}
