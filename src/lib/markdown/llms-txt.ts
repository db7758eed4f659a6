/** `/llms.txt` (https://llmstxt.org): `# name`, `> summary`, then one `## section` list of links per language. */

/** One page in the list. */
export interface LlmsLink {
  title: string;
  url: string;
  description: string;
}

/** The whole file's content. */
export interface LlmsInput {
  /** H1: the site name. */
  title: string;
  /** The blockquote under the title. */
  summary: string;
  /** Optional paragraphs after the summary. */
  details?: string[];
  /** One `##` section per language, in order. */
  sections: { heading: string; links: LlmsLink[] }[];
}

/** A link destination Markdown can always read back (spaces and brackets percent-encoded). */
function destination(url: string): string {
  return url.replace(/[\s()<>]/g, (char) => encodeURIComponent(char));
}

/** Writes an `/llms.txt` file. */
export function llmsTxt(input: LlmsInput): string {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  const parts = [`# ${line(input.title)}`, `> ${line(input.summary)}`, ...(input.details ?? []).map(line)];
  for (const section of input.sections) {
    const links = section.links.map(
      (link) =>
        `- [${line(link.title).replace(/[[\]\\]/g, '\\$&')}](${destination(link.url)}): ${line(link.description)}`,
    );
    parts.push(`## ${line(section.heading)}\n\n${links.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
