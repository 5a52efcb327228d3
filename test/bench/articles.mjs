// Generated benchmark articles: each a sample's headline and a random draw of the same
// language's paragraphs, sentences shuffled, about 3 KB, reproducible (seeded).

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateArticles(samples, count, targetBytes = 3000, seed = 42) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sources = samples.map((text) => {
    const [title, ...body] = text.split(/\n\s*\n/);
    return { title, paragraphs: body };
  });
  const articles = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const parts = [source.title];
    let size = source.title.length;
    while (size < targetBytes) {
      const sentences = pick(source.paragraphs).split(/(?<=[.!?»”“])\s+/);
      const paragraph = sentences.sort(() => next() - 0.5).join(' ');
      parts.push(paragraph);
      size += paragraph.length + 2;
    }
    articles.push(`${parts.join('\n\n')}\n`);
  }
  return articles;
}
