import MarkdownIt from 'markdown-it';

/**
 * The one way Rapport turns Markdown (contact and organisation notes, dated notes) into HTML, and
 * the only source a template may pass to {@html}. Safe by construction:
 * - html: false escapes any raw HTML the user (or an imported file) typed, so <script>,
 *   <img onerror> and <svg onload> arrive as visible text;
 * - markdown-it's validateLink refuses javascript:, vbscript:, file: and data: links (except
 *   data: images, and images are switched off below), so such a link stays plain text;
 * - images are off: a remote picture in a note about a person would be a tracking pixel, and
 *   the CSP would block it anyway.
 * Links open in a new tab without telling the other site where the user came from.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
markdown.disable('image');

markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  const token = tokens[index];
  if (token) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return self.renderToken(tokens, index, options);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
