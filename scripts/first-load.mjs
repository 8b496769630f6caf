// What the browser must download before the app can start: index.html's scripts, module preloads
// and stylesheets, as bytes and gzip bytes. Used by the size budget test and by `npm run bench`.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((r) => /\.(js|css)$/.test(r));
  const files = refs.map((ref) => {
    const bytes = readFileSync(join(dist, ref.replace(/^\//, '')));
    return {
      file: ref,
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      kind: ref.endsWith('.css') ? 'css' : 'js',
    };
  });
  const sum = (kind, key) => files.filter((f) => f.kind === kind).reduce((s, f) => s + f[key], 0);
  return { files, jsGzip: sum('js', 'gzip'), jsBytes: sum('js', 'bytes'), cssGzip: sum('css', 'gzip') };
}

/** Bytes the service worker precaches (the whole app offline). */
export function precacheBytes(dist) {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  return urls.reduce((s, url) => {
    try {
      return s + statSync(join(dist, url)).size;
    } catch {
      return s;
    }
  }, 0);
}
