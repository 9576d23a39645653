/**
 * The <iframe> snippet for embedding a chart elsewhere. The embed page posts its height; the few
 * lines of script in the snippet resize the matching iframe, so it never shows a scrollbar.
 */
import { escapeXml as attr } from './xml.ts';

export const EMBED_MESSAGE = 'yuanqu-embed-height';

export function embedSnippet(src: string, title: string): string {
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="520" style="border:0;width:100%;max-width:760px" loading="lazy" data-yuanqu-embed></iframe>`,
    `<script>addEventListener("message",function(e){var d=e.data;d&&d.type=="${EMBED_MESSAGE}"&&document.querySelectorAll("iframe[data-yuanqu-embed]").forEach(function(f){f.contentWindow==e.source&&(f.style.height=d.height+"px")})})</script>`,
  ].join('\n');
}
