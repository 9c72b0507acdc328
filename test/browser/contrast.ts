/// <reference lib="dom" />
/**
 * WCAG 2 contrast of every visible text element against its effective background, computed in the page from
 * computed styles. Passed whole to page.evaluate, so it must be self-contained (no imports, no closures).
 */
export interface ContrastFailure {
  text: string;
  tag: string;
  color: string;
  background: string;
  ratio: number;
}

export interface ContrastReport {
  checked: number;
  failures: ContrastFailure[];
  /** Relative luminance of the page background (the body's effective background). */
  bodyLuminance: number;
}

export function contrastReport(): ContrastReport {
  type Rgba = [number, number, number, number];
  const parse = (css: string): Rgba => {
    const m = /rgba?\(([^)]+)\)/.exec(css);
    if (!m) return [0, 0, 0, 0];
    const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  };
  const luminance = ([r, g, b]: Rgba): number => {
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  /** The colour behind an element: its own and its ancestors' backgrounds, composited down to the canvas. */
  const backgroundOf = (el: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    let color: Rgba = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
    for (const layer of layers.reverse()) color = over(layer, color);
    return color;
  };

  const failures: ContrastFailure[] = [];
  let checked = 0;
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const ownText = Array.from(el.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!ownText) continue;
    const style = getComputedStyle(el);
    if (el.getClientRects().length === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    const bg = backgroundOf(el);
    const fg = over(parse(style.color), bg);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a) as [number, number];
    const ratio = (hi + 0.05) / (lo + 0.05);
    checked++;
    if (ratio < 4.5) {
      failures.push({ text: ownText.slice(0, 60), tag: el.tagName.toLowerCase(), color: style.color, background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`, ratio: Math.round(ratio * 100) / 100 });
    }
  }
  return { checked, failures, bodyLuminance: luminance(backgroundOf(document.body)) };
}
