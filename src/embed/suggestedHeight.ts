// A fixed iframe height for hosts that run no script: estimated from the chart's height and how
// the embed's texts wrap, so the whole embed shows at any width.

/** The texts around an embed's chart, whose wrapping decides how tall the embed is. */
export interface EmbedTexts {
  title: string;
  description: string;
  footer: string;
}

const lines = (text: string, perLine: number) => Math.ceil(text.length / perLine);

/**
 * The embed's height at a content width, estimated from the chart's height and how its texts
 * wrap (characters per line measured from the page's fonts, rounded down to stay safe).
 */
function heightAt(chartHeight: number, texts: EmbedTexts, contentWidth: number): number {
  const perLine = (px: number) => Math.floor(contentWidth / px);
  return (
    24 + // padding
    lines(texts.title, perLine(11)) * 24 +
    lines(texts.description, perLine(8.2)) * 22 +
    12 +
    chartHeight +
    lines(texts.footer, perLine(7.4)) * 20 +
    16 +
    (contentWidth < 400 ? 3 : 1) * 24 + // the tools and the data table, wrapping on narrow screens
    24 // slack for fonts that run wider
  );
}

/** A fixed height that shows the whole embed at any width, for hosts that run no script. */
export function suggestedHeight(wideChartHeight: number, narrowChartHeight: number, texts: EmbedTexts): number {
  return Math.ceil(Math.max(heightAt(wideChartHeight, texts, 576), heightAt(narrowChartHeight, texts, 296)));
}
