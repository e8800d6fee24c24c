/**
 * XML the game writes (SVG art, LMS manifests), parsed by libxml2 compiled to WebAssembly
 * (libxml2-wasm) — a real parser, not a pattern of ours that could share our bugs. The same package
 * validates against an XML Schema where a specification ships one.
 */
import { XmlDocument } from 'libxml2-wasm';

/** The root element's name, or null when the text is not well-formed XML. */
export function xmlRoot(text: string): string | null {
  let doc: XmlDocument | null = null;
  try {
    doc = XmlDocument.fromString(text);
    return doc.root.name;
  } catch {
    return null;
  } finally {
    doc?.dispose();
  }
}

/** Well-formed XML with an `<svg>` root. */
export function wellFormed(svg: string): boolean {
  return xmlRoot(svg) === 'svg';
}
