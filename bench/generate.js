// Writes the benchmark's synthetic inputs (no network): a roster of N accounts and a daily follower history of
// A accounts × D days, shaped like real exports (a few accounts with bought followers, spikes then drops).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

function rng(seed) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeLines(path, header, produce) {
  const out = createWriteStream(path);
  let buf = [header];
  let size = 0;
  for (const line of produce()) {
    buf.push(line);
    size += line.length;
    if (size > 1 << 20) {
      if (!out.write(buf.join('\n') + '\n')) await once(out, 'drain');
      buf = [];
      size = 0;
    }
  }
  if (buf.length) out.write(buf.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
}

export async function generateRoster(path, n) {
  const r = rng(1);
  await writeLines(path, 'handle,platform,followers,following,posts,avg likes,avg comments,verified', function* () {
    for (let i = 0; i < n; i++) {
      const followers = Math.round(1000 * Math.exp(r() * 9));
      const bought = r() < 0.05;
      const er = bought ? 0.002 + r() * 0.004 : 0.01 + r() * 0.05;
      const following = bought && r() < 0.5 ? Math.round(followers * (0.8 + r() * 0.2)) : Math.round(100 + r() * 1200);
      yield `acct${i},instagram,${followers},${following},${Math.round(r() * 2000)},${Math.round(followers * er)},${Math.round(followers * er * 0.03)},${r() < 0.02 ? 'yes' : 'no'}`;
    }
  });
}

export async function generateHistory(path, accounts, days) {
  const r = rng(2);
  const start = Date.UTC(2025, 0, 1);
  const dates = Array.from({ length: days }, (_, d) => new Date(start + d * 86_400_000).toISOString().slice(0, 10));
  await writeLines(path, 'handle,date,followers', function* () {
    for (let a = 0; a < accounts; a++) {
      let f = 2000 + Math.round(r() * 500_000);
      const growth = 0.0005 + r() * 0.002;
      const buyDay = r() < 0.1 ? Math.floor(r() * (days - 20)) : -1;
      for (let d = 0; d < days; d++) {
        f += Math.round(f * growth * (1 + (r() - 0.5)));
        if (d === buyDay) f += Math.round(f * (0.05 + r() * 0.2));
        if (buyDay >= 0 && d > buyDay && d <= buyDay + 5) f -= Math.round(f * 0.01);
        yield `acct${a},${dates[d]},${f}`;
      }
    }
  });
}
