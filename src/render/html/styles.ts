// The stylesheet of the HTML summary. Every selector starts with `.logframe`, so that an embedded
// fragment styles only itself and nothing of the host page. Status colours carry white text with a
// contrast of at least 4.5:1 (WCAG AA, checked in the tests), and every coloured mark has a text
// label beside it: colour is never the only carrier of a status.

/** Chip and bar colour per status (white text on it). */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  achieved: '#0f766e',
  'on-track': '#15803d',
  'at-risk': '#b45309',
  'off-track': '#b91c1c',
  'not-started': '#475569',
  'no-data': '#6b7280',
  'not-scored': '#e5e7eb',
};

/** Text colour on each status colour. */
export const STATUS_TEXT: Readonly<Record<string, string>> = {
  achieved: '#ffffff',
  'on-track': '#ffffff',
  'at-risk': '#ffffff',
  'off-track': '#ffffff',
  'not-started': '#ffffff',
  'no-data': '#ffffff',
  'not-scored': '#1f2937',
};

/** Chip colour per finding severity (white text on it). */
export const SEVERITY_COLOURS: Readonly<Record<string, string>> = {
  high: '#b91c1c',
  medium: '#b45309',
  low: '#1d4ed8',
  info: '#475569',
  warning: '#b45309',
};

/** The colour of bars that show no status (coverage, a ministry's score). */
export const NEUTRAL = '#1e3a5f';

/** The page's ink and the muted ink, both on white. */
export const INK = '#1f2937';
export const MUTED = '#4b5563';

/** Fonts: the system's UI font first, then fonts that have Khmer glyphs. */
const FONTS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Khmer", "Khmer OS System", "Khmer OS", "Khmer UI", "Leelawadee UI", Arial, sans-serif';
/** For Khmer: Khmer-capable fonts first, so that Latin digits and Khmer script match in weight. */
const KHMER_FONTS = '"Noto Sans Khmer", "Khmer OS System", "Khmer OS", "Khmer UI", "Leelawadee UI", system-ui, "Noto Sans", Arial, sans-serif';

function colourRules(): string {
  const rules: string[] = [];
  for (const [status, colour] of Object.entries(STATUS_COLOURS)) {
    rules.push(`.logframe .lf-chip[data-status="${status}"]{background:${colour};color:${STATUS_TEXT[status] ?? '#ffffff'};border-color:${colour}}`);
    // The light not-scored chip colour would vanish on a bar's light track: bars get a mid grey.
    rules.push(`.logframe .lf-fill[data-status="${status}"]{fill:${status === 'not-scored' ? '#94a3b8' : colour}}`);
  }
  for (const [severity, colour] of Object.entries(SEVERITY_COLOURS)) {
    rules.push(`.logframe .lf-chip[data-severity="${severity}"]{background:${colour};color:#ffffff;border-color:${colour}}`);
  }
  rules.push(`.logframe .lf-fill[data-status="neutral"]{fill:${NEUTRAL}}`);
  return rules.join('\n');
}

/**
 * The summary's stylesheet, scoped to `.logframe`.
 */
export const STYLESHEET = [
  `.logframe{font-family:${FONTS};font-size:15px;line-height:1.5;color:${INK};background:#ffffff;max-width:76rem;margin:0 auto;padding:1.5rem;box-sizing:border-box;text-align:start}`,
  `.logframe:lang(km){font-family:${KHMER_FONTS};line-height:1.75}`,
  '.logframe *,.logframe *::before,.logframe *::after{box-sizing:inherit}',
  '.logframe h1,.logframe h2,.logframe h3,.logframe h4,.logframe h5,.logframe h6{line-height:1.25;margin:0 0 .5rem;font-weight:650;color:#111827}',
  '.logframe .lf-title{font-size:1.75rem;margin:0}',
  `.logframe .lf-meta{color:${MUTED};margin:.25rem 0 0;font-size:.9rem}`,
  '.logframe .lf-meta span+span::before{content:"·";margin:0 .5rem;color:#9ca3af}',
  '.logframe .lf-header{border-bottom:3px solid #1e3a5f;padding-bottom:1rem;margin-bottom:1.5rem}',
  '.logframe .lf-section{margin:2rem 0 0}',
  '.logframe .lf-section>.lf-h{font-size:1.3rem;border-bottom:1px solid #e5e7eb;padding-bottom:.35rem;margin-bottom:1rem}',
  '.logframe .lf-sub{font-size:1.05rem;margin:1.5rem 0 .5rem;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}',
  '.logframe p{margin:.5rem 0}',
  '.logframe .lf-cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.75rem;margin:0}',
  '.logframe .lf-card{border:1px solid #e5e7eb;border-radius:.5rem;padding:.85rem 1rem;background:#f9fafb;margin:0}',
  `.logframe .lf-card dt{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:${MUTED};font-weight:600}`,
  '.logframe .lf-card dd{margin:.25rem 0 0}',
  '.logframe .lf-big{font-size:2rem;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}',
  `.logframe .lf-unit{font-size:.9rem;font-weight:400;color:${MUTED}}`,
  '.logframe .lf-counts{display:flex;flex-wrap:wrap;gap:.3rem;margin:.4rem 0 0;padding:0;list-style:none}',
  '.logframe .lf-chip{display:inline-block;border:1px solid transparent;border-radius:999px;padding:.05rem .55rem;font-size:.78rem;font-weight:600;line-height:1.5;white-space:nowrap}',
  '.logframe .lf-scroll{overflow-x:auto;margin:.5rem 0 1rem;border:1px solid #e5e7eb;border-radius:.5rem}',
  '.logframe .lf-scroll:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}',
  '.logframe table{border-collapse:collapse;width:100%;font-size:.9rem}',
  `.logframe caption{text-align:start;font-weight:600;padding:.6rem .75rem;color:${INK};background:#f3f4f6;border-bottom:1px solid #e5e7eb}`,
  '.logframe th,.logframe td{padding:.45rem .75rem;border-bottom:1px solid #e5e7eb;text-align:start;vertical-align:top}',
  `.logframe thead th{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:${MUTED};background:#f9fafb;font-weight:600;white-space:nowrap}`,
  '.logframe tbody tr:last-child>*{border-bottom:0}',
  '.logframe tbody th{font-weight:500;min-width:12rem}',
  '.logframe .lf-wide tbody th{min-width:15rem;width:30%}',
  '.logframe .lf-num .lf-small{white-space:normal}',
  '.logframe .lf-wide .lf-bar{width:4.5rem}',
  '.logframe .lf-num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}',
  '.logframe .lf-top>*{background:#f9fafb}',
  '.logframe .lf-top th{font-weight:650}',
  '.logframe .lf-top .lf-small{font-weight:400}',
  '.logframe .lf-depth-1{padding-inline-start:1.75rem}',
  '.logframe .lf-depth-2{padding-inline-start:2.75rem}',
  '.logframe .lf-depth-3{padding-inline-start:3.75rem}',
  `.logframe .lf-id{color:${MUTED};font-size:.78rem;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:nowrap}`,
  `.logframe .lf-small{color:${MUTED};font-size:.8rem;display:block}`,
  '.logframe .lf-score{display:flex;align-items:center;gap:.5rem;white-space:nowrap;font-variant-numeric:tabular-nums}',
  '.logframe .lf-score>span{min-width:2.5rem;text-align:end}',
  '.logframe .lf-bar{width:6rem;height:.6rem;flex:none;display:block}',
  '.logframe .lf-bar-wide{width:100%;max-width:16rem;height:.75rem;margin-top:.5rem}',
  '.logframe .lf-track{fill:#e5e7eb}',
  '.logframe .lf-expected{stroke:#111827;stroke-width:1.5}',
  '.logframe .lf-spark{width:6.5rem;height:1.75rem;display:block;overflow:visible}',
  '.logframe .lf-spark polyline{fill:none;stroke:#1e3a5f;stroke-width:1.5;stroke-linejoin:round;stroke-linecap:round}',
  '.logframe .lf-spark circle{fill:#1e3a5f}',
  '.logframe .lf-spark .lf-target{stroke:#9ca3af;stroke-width:1;stroke-dasharray:3 2}',
  '.logframe ul.lf-list,.logframe ol.lf-list{margin:.25rem 0;padding-inline-start:1.25rem}',
  '.logframe .lf-findings{list-style:none;padding:0;margin:0;border:1px solid #e5e7eb;border-radius:.5rem}',
  '.logframe .lf-findings li{display:flex;gap:.75rem;align-items:baseline;padding:.45rem .75rem;border-bottom:1px solid #eef0f3}',
  '.logframe .lf-findings li:last-child{border-bottom:0}',
  '.logframe .lf-findings .lf-chip{flex:none;min-width:7rem;text-align:center}',
  '.logframe .lf-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}',
  '.logframe .lf-legend{display:flex;flex-wrap:wrap;gap:.35rem;margin:.5rem 0;padding:0;list-style:none}',
  '.logframe a{color:#1d4ed8;text-decoration:underline;overflow-wrap:anywhere}',
  '.logframe bdi{unicode-bidi:isolate}',
  `.logframe .lf-footer{margin-top:2.5rem;padding-top:.75rem;border-top:1px solid #e5e7eb;color:${MUTED};font-size:.8rem}`,
  colourRules(),
  '@media (max-width:40rem){.logframe{padding:1rem}.logframe .lf-title{font-size:1.4rem}.logframe .lf-bar{width:4rem}}',
  '@media print{'
  + '.logframe{max-width:none;padding:0;font-size:10pt;color:#000000}'
  + '.logframe .lf-card,.logframe .lf-findings li,.logframe .lf-scroll{background:none;border-color:#9ca3af}'
  + '.logframe .lf-scroll{overflow:visible}'
  + '.logframe caption,.logframe thead th,.logframe .lf-top>*{background:none}'
  + '.logframe .lf-chip{background:none !important;color:#000000 !important;border-color:#000000 !important}'
  + '.logframe thead{display:table-header-group}'
  + '.logframe tr,.logframe .lf-card,.logframe .lf-findings li{break-inside:avoid;page-break-inside:avoid}'
  + '.logframe .lf-section>.lf-h,.logframe .lf-sub{break-after:avoid;page-break-after:avoid}'
  + '.logframe a{color:#000000}'
  + '}',
].join('\n');
