/** Abstract illustrations for demo stories, drawn as SVG and rasterized with sharp (no photos are shipped). */
import { imageLibrary } from '../media/index.ts';

const WIDTH = 1600;
const HEIGHT = 900;

/** An eight-pointed star, a motif common across the demo organization's Member States. */
function star(cx: number, cy: number, r: number): string {
  const points: string[] = [];
  for (let i = 0; i < 16; i++) {
    const radius = i % 2 === 0 ? r : r * 0.62;
    const angle = (Math.PI / 8) * i;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(1)},${(cy + radius * Math.sin(angle)).toFixed(1)}`);
  }
  return `<polygon points="${points.join(' ')}" />`;
}

export async function drawIllustration(hue: number): Promise<Buffer> {
  const stars: string[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 9; col++) {
      const offset = row % 2 === 0 ? 0 : 100;
      stars.push(star(col * 200 + offset, row * 200 + 50, 70));
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 55% 28%)" />
      <stop offset="1" stop-color="hsl(${(hue + 40) % 360} 60% 52%)" />
    </linearGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#g)" />
  <g fill="none" stroke="hsl(${(hue + 20) % 360} 70% 85%)" stroke-opacity="0.28" stroke-width="3">${stars.join('')}</g>
  <circle cx="${WIDTH * 0.72}" cy="${HEIGHT * 0.38}" r="260" fill="hsl(${(hue + 200) % 360} 80% 70%)" fill-opacity="0.22" />
  <circle cx="${WIDTH * 0.3}" cy="${HEIGHT * 0.75}" r="180" fill="#fff" fill-opacity="0.12" />
</svg>`;
  const sharp = await imageLibrary();
  return sharp(Buffer.from(svg)).png().toBuffer();
}
