/** What extraction keeps of one version of an attachment (cached as JSON, so plain data only). */

/** A piece of text with where it is in the file, for messages: 第2页, 工作表「名单」C3. */
export interface TextPart {
  where: string;
  text: string;
}

export interface Extracted {
  ok: true;
  /** Text in reading order, by page (PDF, OFD), by cell (XLSX, XLS) or whole (DOCX, DOC). */
  parts: TextPart[];
  /** Pages (PDF, OFD) or sheets (XLSX, XLS). */
  units: number;
  /** No text at all although there are pages: a scan or a picture of text. */
  imageOnly: boolean;
  /** PDF only: it has a structure tree (tagged PDF), which screen readers need for reading order and tables. */
  tagged?: boolean;
  /** DOCX, XLSX, XLS: the content as HTML for the page's "在线阅读" view (tables stay tables); escaped, no scripts or images. */
  html?: string;
}

export interface ExtractFailure {
  ok: false;
  /** Why, in Chinese, for the warning. */
  reason: string;
}

export type ExtractResult = Extracted | ExtractFailure;

/** The whole text of a result, parts joined by line breaks. */
export const fullText = (r: Extracted): string => r.parts.map((p) => p.text).join('\n');
