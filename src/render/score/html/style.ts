/**
 * The report's only stylesheet, inline. Colours meet WCAG AA for their text (4.5:1 or more on their background);
 * every colour also has a word or mark beside it. Print drops backgrounds and keeps cards whole.
 */
export const STYLE = `
:root{color-scheme:light;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa;
--ok:#116329;--ok-bg:#dafbe1;--warn:#7d4e00;--warn-bg:#fff8c5;--bad:#a40e26;--bad-bg:#ffebe9;--na:#424a53;--na-bg:#eaeef2;--blue:#0969da;--violet:#6639ba}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:980px;margin:0 auto;padding:24px 16px 48px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px}h3{font-size:16px;margin:18px 0 8px}h4{font-size:14px;margin:14px 0 6px}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
a{color:var(--blue)}
.muted{color:var(--muted)}
.meta{color:var(--muted);margin:0}
table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0 12px;font-size:13px}
caption{text-align:left;font-weight:600;padding:4px 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
.overview th[scope=row],.rejected td{overflow-wrap:anywhere}
.overview td,.norms td{white-space:nowrap}.overview td:last-child{white-space:normal}
thead th{background:var(--na-bg)}
.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border:1px solid currentColor;border-radius:10px;padding:0 8px;font-weight:600;font-size:12px;white-space:nowrap}
.badge.v-authentic,.gate-passed{color:var(--ok);background:var(--ok-bg)}
.badge.v-suspicious{color:var(--warn);background:var(--warn-bg)}
.badge.v-likely-fake,.gate-failed{color:var(--bad);background:var(--bad-bg)}
.badge.v-insufficient-data{color:var(--na);background:var(--na-bg)}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:8px 20px;padding:0;margin:4px 0 10px}
.summary,.rejected{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 16px 10px;overflow-x:auto}
.card{background:#fff;border:1px solid var(--line);border-left:6px solid var(--na);border-radius:8px;padding:4px 16px 12px;margin:14px 0;break-inside:avoid;page-break-inside:avoid}
.card.v-authentic{border-left-color:#1a7f37}.card.v-suspicious{border-left-color:#bf8700}.card.v-likely-fake{border-left-color:#cf222e}
.card header{display:flex;flex-wrap:wrap;align-items:center;gap:6px 12px}
.card header h3{margin:12px 0 6px;overflow-wrap:anywhere}
.facts{display:flex;flex-wrap:wrap;gap:4px 22px;margin:0 0 6px}
.facts div{display:flex;gap:6px}.facts dt{color:var(--muted)}.facts dd{margin:0}
.charts{display:grid;gap:10px}
figure{margin:0;break-inside:avoid}
figcaption{color:var(--muted);font-size:12px;display:flex;flex-wrap:wrap;gap:4px 18px}
.key{display:inline-flex;flex-wrap:wrap;gap:4px 14px}
.chart{display:block;width:100%;height:auto}
.chart text{font-size:11px;fill:var(--muted)}
.chart .grid{stroke:#eaeef2}
.chart .line{fill:none;stroke:var(--blue);stroke-width:2;stroke-linejoin:round}
.chart .drop{fill:#cf222e;fill-opacity:.14}
.chart circle.flagged{fill:#cf222e;stroke:#fff;stroke-width:1.5}
.chart circle.excused{fill:#fff;stroke:var(--violet);stroke-width:2.5}
.chart .lead{stroke-width:1;stroke-dasharray:3 3}.chart .lead.flagged{stroke:#cf222e}.chart .lead.excused{stroke:var(--violet)}
.chart text.label{font-size:12px;font-weight:600}.chart text.label.flagged{fill:var(--bad)}.chart text.label.excused{fill:var(--violet)}.chart text.label.ok{fill:var(--ok)}
.chart .track{fill:#eaeef2}.chart .band{fill:#aceebb;stroke:#1a7f37}
.chart .norm{stroke:var(--ok);stroke-width:2}
.chart .rate.ok{fill:var(--ok)}.chart .rate.flagged{fill:#cf222e}
.aq-real{fill:#1a7f37;background:#1a7f37}.aq-mass{fill:#54aeff;background:#54aeff}.aq-suspicious{fill:#d4a72c;background:#d4a72c}
.aq-fake{fill:#cf222e;background:#cf222e}.aq-other{fill:#afb8c1;background:#afb8c1}
.audience-bar{height:28px}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:4px 16px;padding:0;margin:4px 0;font-size:12px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px;border:1px solid rgba(0,0,0,.25)}
.k-line{background:var(--blue);height:3px;vertical-align:3px}.k-flagged{background:#cf222e;border-radius:50%}
.k-drop{background:rgba(207,34,46,.18)}.k-excused{background:#fff;border:2px solid var(--violet);border-radius:50%}
.k-band{background:#aceebb;border-color:#1a7f37}.k-norm{background:var(--ok);width:3px}.k-rate{background:var(--fg);clip-path:polygon(0 0,100% 0,50% 100%)}
.signals{list-style:none;padding:0;margin:0}
.sig{border-top:1px solid var(--line);padding:6px 0}
.sig p{margin:0}
.status{display:inline-block;min-width:58px;font-weight:600}
.s-flag .status{color:var(--bad)}.s-pass .status{color:var(--ok)}.s-skip .status{color:var(--muted)}
.evidence,.explain{display:flex;flex-wrap:wrap;gap:0 14px;margin:3px 0 0;font-size:12px}
.evidence>div,.explain>div{display:flex;gap:4px;max-width:100%}
.evidence>div:has(ol),.explain>div{flex-basis:100%}
.evidence dt,.explain dt{color:var(--muted)}.evidence dd,.explain dd{margin:0;overflow-wrap:anywhere}
.ev-items{margin:0;padding-left:20px}
.kv{margin-right:8px;white-space:nowrap}.kv .k{color:var(--muted)}
@media (max-width:600px){main{padding:12px 8px 32px}.summary,.rejected,.card{padding-left:10px;padding-right:10px}.overview td,.norms td{white-space:normal}}
@media print{
body{background:none;font-size:11pt}main{max-width:none;padding:0}
.summary,.rejected,.card{border-color:#999}
.card{break-inside:avoid;page-break-inside:avoid}
a{color:inherit;text-decoration:none}
}
`;
