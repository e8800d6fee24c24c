import { launchBrowser } from './tests/browser/browser.ts';
import { serve } from './bench/lib.ts';
const { server, url } = await serve('/work/main/dist');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
await page.goto(`${url}?module=asia-partners&lang=en-XA`);
await page.locator('.module-summary h1').waitFor();
await page.waitForTimeout(500);
console.log(await page.evaluate(() => {
  const out: string[] = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.right > window.innerWidth + 1) out.push(`${e.tagName}.${e.className} right=${Math.round(r.right)} w=${Math.round(r.width)} "${(e.textContent ?? '').slice(0, 60)}"`);
  }
  return out.slice(0, 15).join('\n');
}));
await page.screenshot({ path: '/tmp/mod-xa.png' });
await browser.close(); await server.close();
