/**
 * A saved web page → its article, through Mozilla's Readability over a linkedom DOM: the
 * site's navigation, sidebars and footer are left out, the title is kept as the first line. What
 * Chinese government and park sites print inside the article box itself — the view counter
 * (浏览次数, 访问量, 阅读次数), “扫一扫” QR prompts, share, print, close and font-size buttons — is page
 * furniture, not the report: a line holding one of those is dropped.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeBytes } from '../data/csv.ts';
import { htmlLines, tidyBlock } from './html-text.ts';
import { SourceFormatError, type DerivedText } from './text-model.ts';

/** A line of page furniture printed inside the article. */
const FURNITURE = /浏览次数|浏览量|访问量|访问次数|阅读次数|阅读量|点击数|点击量|点击率|扫一扫|分享到|【\s*打印\s*】|【\s*关闭\s*】|打印本页|关闭窗口|字体\s*[：:]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中/u;

/** Fewer characters than this outside the title is not an article: a report's shortest news item has more. */
const MIN_ARTICLE = 50;

export function isFurniture(line: string): boolean {
  return FURNITURE.test(line);
}

/**
 * The report's title: the page's heading that the title Readability found contains — a site
 * writes its own name after it (“…会议_某某管委会”), with separators Readability does not know.
 */
export function titleOf(readabilityTitle: string, headings: readonly string[]): string {
  return headings.find((h) => h.length >= 4 && readabilityTitle.includes(h)) ?? readabilityTitle;
}

export function webPageText(bytes: Uint8Array): Omit<DerivedText, 'format'> {
  const decoded = decodeBytes(bytes);
  if ('binary' in decoded) throw new SourceFormatError('is named as a web page but is not text', 'save the page again from the browser (另存为 → 网页，仅 HTML)');
  const { document } = parseHTML(decoded.text.replace(/^\uFEFF/u, ''));
  const headings = Array.from(document.querySelectorAll('h1')).map((h) => tidyBlock(h.textContent ?? '')).filter((h) => h !== '');
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article?.content) throw new SourceFormatError('is a web page in which no article was found', 'save the page of the report itself (not a list of links), or copy its text into a .txt file');
  const title = titleOf(tidyBlock(article.title ?? ''), headings);
  const lines = htmlLines(article.content).filter((l) => !isFurniture(l));
  // Readability always returns something; a page of links gives a line or two of link text.
  if (lines.join('').length < MIN_ARTICLE) throw new SourceFormatError(`is a web page in which no article was found (at most ${MIN_ARTICLE} characters of text)`, 'save the page of the report itself (not a list of links), or copy its text into a .txt file');
  if (title !== '' && lines[0] !== title) lines.unshift(title);
  return { text: `${lines.join('\n')}\n`, pageStarts: [], encoding: decoded.encoding, ...(title !== '' ? { title } : {}) };
}
