/**
 * XML the game writes (SVG art, LMS manifests), parsed by libxml2 compiled to WebAssembly
 * (libxml2-wasm) — a real parser, not a pattern of ours that could share our bugs. The same package
 * validates against an XML Schema where a specification ships one.
 */
import { XmlDocument, XmlLibError, XsdValidator } from 'libxml2-wasm';

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

/**
 * What an XML Schema (XSD) has against a document — libxml2's own messages with their lines — or
 * [] when it is valid. A document that is not well-formed XML is one problem, its parse error.
 */
export function xsdErrors(text: string, xsd: string): string[] {
  const docs: XmlDocument[] = [];
  let validator: XsdValidator | null = null;
  const messages = (e: unknown) =>
    e instanceof XmlLibError && e.details.length
      ? e.details.map((d) => `line ${d.line ?? '?'}: ${d.message.trim()}`)
      : [e instanceof Error ? e.message : String(e)];
  try {
    const schema = XmlDocument.fromString(xsd);
    docs.push(schema);
    validator = XsdValidator.fromDoc(schema);
    let doc: XmlDocument;
    try {
      doc = XmlDocument.fromString(text);
    } catch (e) {
      return messages(e);
    }
    docs.push(doc);
    validator.validate(doc);
    return [];
  } catch (e) {
    return messages(e);
  } finally {
    validator?.dispose();
    for (const d of docs) d.dispose();
  }
}
