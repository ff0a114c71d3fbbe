package org.summitsim.client.report.render;

/**
 * The report's one stylesheet, inlined into every page so a report is a single file that works
 * offline, from a USB stick or an e-mail, and prints on A4 with its colours.
 */
final class ReportStyle {

    static final String CSS = """
            :root { --ink: #222; --muted: #666; --line: #ddd; --sign: #2e7d32; --abstain: #757575; --push: #5e35b1; }
            * { box-sizing: border-box; }
            html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
                   color: var(--ink); max-width: 60rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
            h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
            h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--ink); }
            h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
            p.sub, .muted, figcaption { color: var(--muted); }
            nav.toc { margin: 1rem 0; font-size: .9rem; }
            nav.toc a { margin-right: .9rem; color: #1565c0; text-decoration: none; white-space: nowrap; }
            .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .6rem; }
            .card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
            .card .big { font-size: 1.5rem; font-weight: 600; display: block; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
            th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid var(--line); }
            th { background: #f4f4f4; font-weight: 600; }
            table.compact { font-size: .8rem; } table.compact th, table.compact td { padding: .25rem .3rem; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.changed td { background: #fff8e1; }
            .badge { display: inline-block; padding: 0 .45rem; border-radius: 3px; color: #fff; font-size: .8rem;
                     font-weight: 600; white-space: nowrap; }
            .badge.sign { background: var(--sign); } .badge.abstain { background: var(--abstain); }
            .badge.push-binding { background: var(--push); } .badge.none { background: #bbb; }
            .yes { color: var(--sign); font-weight: 600; } .no { color: #c62828; font-weight: 600; }
            blockquote { margin: .2rem 0; padding-left: .6rem; border-left: 3px solid var(--line); color: #333; }
            figure { margin: .6rem 0 1.2rem; }
            svg.chart { width: 100%; height: auto; display: block; font-size: 12px; font-family: inherit; }
            svg text { fill: var(--ink); }
            svg text.axis, svg text.legend { fill: var(--muted); font-size: 11px; }
            svg text.value, svg text.id { font-size: 11px; }
            svg text.head { font-weight: 600; }
            svg text.adopted { fill: var(--sign); font-weight: 600; } svg text.rejected { fill: #c62828; }
            svg text.withdrawn, svg text.open { fill: var(--muted); }
            svg text.on-dark { fill: #fff; font-size: 11px; } svg text.count { font-size: 11px; }
            svg text.threshold { fill: #c62828; font-size: 11px; }
            ol.questions li { margin-bottom: .4rem; }
            footer { margin-top: 2.5rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: .5rem; }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { font-size: 10pt; max-width: none; padding: 0; }
              nav.toc { display: none; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              figure, tr, .card, blockquote { break-inside: avoid; page-break-inside: avoid; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    private ReportStyle() {}
}
