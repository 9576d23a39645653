/** On an embed page: tells the embedding page how tall the content is, whenever that changes. */
import { EMBED_MESSAGE } from '../lib/embed.ts';

if (window.parent !== window) {
  const post = () => window.parent.postMessage({ type: EMBED_MESSAGE, height: Math.ceil(document.documentElement.scrollHeight) }, '*');
  new ResizeObserver(post).observe(document.body);
  post();
}
