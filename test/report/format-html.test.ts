import { maskSecret } from "../../src/compile/redact";
import { formatHtml } from "../../src/report/format-html";
import { HTML_ITEMS } from "../../src/report/html/items-section";
import type { ItemRecord } from "../../src/report/item-record";
import type { Scorecard } from "../../src/report/scorecard";
import { card, DESCRIPTION, INVARIANT, ITEMS, mapSpecMetrics, PROBE_SPEC } from "../support/scorecard-fixture";

/**
 * The HTML scorecard of the fixture run (test/support/scorecard-fixture.ts): two models, three
 * verticals — toxicity compared with a baseline, bias with a group × topic cross table and one failing
 * threshold, a bias probe spec with one failing probe, privacy with secret group_by values — so gates,
 * comparisons, probes and masking are the real ones.
 */
const page = formatHtml(card);

/** Every inline SVG of a page, in order. */
const svgs = (text: string) => [...text.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);
const points = (list: string) => list.split(" ").map((p) => p.split(",").map(Number) as [number, number]);
const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("formatHtml", () => {
  it("builds the fixture the tests rely on: one threshold and one probe failure, one comparison, three verticals", () => {
    expect(card.gate.failures.map((f) => [f.kind, f.spec, f.model])).toEqual([
      ["threshold", "bias-agreement", "base"],
      ["probe", PROBE_SPEC, "base"],
    ]);
    expect(card.comparisons).toHaveLength(1);
    expect(new Set(card.verticals.map((v) => v.vertical))).toEqual(new Set(["toxicity", "bias", "privacy"]));
  });

  it("renders the whole page the same as before", () => {
    expect(page).toMatchSnapshot();
  });

  it("is deterministic", () => {
    expect(formatHtml(card)).toBe(page);
  });

  it("has its sections in order: header, radar, metrics, heatmaps, probes, comparisons, failures", () => {
    const order = [
      "<header>",
      'id="radar"',
      'id="metrics"',
      'id="heatmaps"',
      'id="probes"',
      'id="comparisons"',
      'id="failures"',
    ];
    const positions = order.map((s) => page.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain("Gate: FAIL · 2 failures");
    expect(page).toContain("<dd>0.1.0</dd>");
    expect(page).toContain("<dd>2026-12-02T04:00:00.000Z</dd>");
    expect(page).toContain("<dd>base, tuned</dd>");
  });

  it("references nothing outside the page: no URL, import or external source; a script only with items", () => {
    for (const text of [page, formatHtml(card, ITEMS)]) {
      expect(text).not.toMatch(/https?:\/\//);
      expect(text).not.toMatch(/@import/);
      expect(text).not.toMatch(/\ssrc=/);
      for (const m of text.matchAll(/url\(([^)]*)\)/g)) expect(m[1]).toMatch(/^["']?#/);
      for (const m of text.matchAll(/\shref="([^"]*)"/g)) expect(m[1]).toMatch(/^(#|data:,$)/);
      expect(text.startsWith("<!DOCTYPE html>\n")).toBe(true);
    }
    expect(page).not.toMatch(/<script/i);
    // The item filter: one inline script, and the items' own "<script>" only escaped.
    expect(formatHtml(card, ITEMS).match(/<script/gi)).toHaveLength(1);
  });

  it("escapes user text: the description, cell values, and no bare & anywhere", () => {
    expect(page).not.toContain(DESCRIPTION);
    expect(page).toContain("&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;");
    expect(page).not.toContain("R&D");
    expect(page).toContain("R&amp;D");
    expect(page).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  });

  it("shows secret group_by values masked, as the scorecard holds them", () => {
    expect(page).not.toContain("alice@example.com");
    expect(page).toContain(maskSecret("alice@example.com"));
  });

  it("closes every tag it opens in the SVGs", () => {
    expect(page.match(/<svg\b/g)?.length).toBe(page.match(/<\/svg>/g)?.length);
    for (const svg of svgs(page)) {
      const open: string[] = [];
      for (const [, close, name, , selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
        if (selfClosing) continue;
        if (!close) open.push(name as string);
        else expect(open.pop()).toBe(name);
      }
      expect(open).toEqual([]);
      expect(svg).toMatch(/^<svg[^>]*><title>[^<]+<\/title>/);
    }
  });

  describe("the radar", () => {
    const radar = svgs(page)[0] as string;
    const ring = /<polygon class="ring" data-r="1" points="([^"]*)"/.exec(radar)?.[1] as string;
    const corners = points(ring);
    const centre = [0, 1].map((k) => corners.reduce((s, p) => s + p[k], 0) / corners.length) as [number, number];
    const radius = Math.hypot(corners[0][0] - centre[0], corners[0][1] - centre[1]);
    const series = [...radar.matchAll(/<polygon class="series" data-model="([^"]*)" points="([^"]*)"/g)];

    it("has one polygon per model, with a vertex per vertical", () => {
      expect(series.map((m) => m[1])).toEqual(card.models);
      for (const m of series) expect(points(m[2] as string)).toHaveLength(3);
    });

    it("puts each vertex at a distance from the centre proportional to the score", () => {
      const axes = ["toxicity", "bias", "privacy"];
      for (const [, model, list] of series) {
        points(list as string).forEach(([x, y], i) => {
          const score = card.verticals.find((v) => v.model === model && v.vertical === axes[i])?.score as number;
          expect(Math.hypot(x - centre[0], y - centre[1]) / radius).toBeCloseTo(score, 2);
        });
      }
      // One vertex by hand: the tuned model's bias score is 1 − 18/100.
      const tunedBias = points(series[1]?.[2] as string)[1] as [number, number];
      expect(Math.hypot(tunedBias[0] - centre[0], tunedBias[1] - centre[1])).toBeCloseTo(radius * 0.82, 1);
    });

    it("has grid rings at 0.25, 0.5, 0.75 and 1 and a legend naming each model", () => {
      expect([...radar.matchAll(/class="ring" data-r="([^"]*)"/g)].map((m) => m[1])).toEqual([
        "0.25",
        "0.5",
        "0.75",
        "1",
      ]);
      for (const model of card.models) expect(radar).toMatch(new RegExp(`<g class="legend">.*?>${model}</text>`));
    });

    it("becomes labelled bars with fewer than three verticals", () => {
      for (const kept of [["bias"], ["bias", "privacy"]]) {
        const fewer = formatHtml({ ...card, verticals: card.verticals.filter((v) => kept.includes(v.vertical)) });
        const chart = svgs(fewer)[0] as string;
        expect(chart).not.toContain('class="series"');
        expect(chart.match(/<g class="bar">/g)).toHaveLength(kept.length * card.models.length);
        expect(chart).toContain(">0.820</text>");
      }
    });
  });

  it("draws each threshold line at the x of its value on the chart's axis", () => {
    const charts = svgs(page).filter((s) => s.includes('class="threshold"'));
    expect(charts).toHaveLength(2); // toxicity (max 0.5) and bias (max 0.25); privacy has none
    const seen: number[] = [];
    for (const chart of charts) {
      const ticks = new Map(
        [...chart.matchAll(/<g class="tick"><line x1="([^"]*)"[^>]*\/><text[^>]*>([^<]*)<\/text>/g)].map((m) => [
          m[2],
          Number(m[1]),
        ]),
      );
      const [x0, x1] = [ticks.get("0") as number, ticks.get("1") as number];
      for (const m of chart.matchAll(
        /<line class="threshold" data-kind="(min|max)" x1="([^"]*)" x2="([^"]*)"[^>]*><title>\w+ ([^<]*)<\/title>/g,
      )) {
        const value = Number(m[4]);
        seen.push(value);
        expect(Number(m[2])).toBe(Number(m[3]));
        expect(Number(m[2])).toBeCloseTo(x0 + value * (x1 - x0), 1);
      }
    }
    expect(seen).toEqual([0.5, 0.25]); // toxicity comes before bias in the verticals' order
  });

  it("marks the failing metric and prints value, interval and n for every model", () => {
    const bias = svgs(page).find((s) => s.includes("bias-agreement · agreeability_index")) as string;
    expect(bias).toContain('<g class="row failed">');
    expect(bias).toContain("0.350 [0.271, 0.439] · n 120 · FAIL");
    expect(bias).toContain("0.180 [0.117, 0.267] · n 100 · pass");
  });

  describe("the bias heatmaps", () => {
    const maps = svgs(page).filter((s) => s.includes("agreeability_index by group × topic"));

    it("draw one heatmap per model with rows × columns cells, each printing its value", () => {
      expect(maps).toHaveLength(2);
      const [base, tuned] = maps as [string, string];
      const values = (svg: string) => [...svg.matchAll(/<g class="cell">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)];
      expect(values(base).map((m) => m[1])).toEqual([7, 8, 6, 7, 9, 5].map((h) => (h / 20).toFixed(3)));
      expect(values(tuned)).toHaveLength(5);
      expect(tuned.match(/<g class="cell empty">/g)).toHaveLength(1);
      for (const label of ["men", "women", "R&amp;D", "jobs", "science", "group", "topic"]) {
        expect(base).toContain(`>${label}</text>`);
      }
    });

    it("give each cell its n in a tooltip", () => {
      expect(maps[0]).toContain("<title>women × jobs: 0.450 (n = 20)</title>");
    });
  });

  it("lists the comparison with both values, change, test, p-values and verdict", () => {
    const c = card.comparisons[0];
    expect(c?.comparison.test).toBe("mcnemar");
    const row = /<table class="comparisons">[\s\S]*?<\/table>/.exec(page)?.[0] as string;
    expect(row).toContain("<td>base 0.300 → tuned 0.100</td>");
    expect(row).toContain('<td class="num">-0.200</td>');
    expect(row).toContain("McNemar exact, 40 shared cases");
    expect(row).toContain("<b>better</b>");
    expect(row).toContain(`<td class="num">${c?.comparison.p.toFixed(3)}</td>`);
  });

  it("lists the gate failures with kind, spec, model, message and file:line", () => {
    const table = /<table class="failures">[\s\S]*?<\/table>/.exec(page)?.[0] as string;
    expect(table).toContain("<td>threshold</td><td>bias-agreement</td><td>base</td>");
    expect(table).toContain("<code>specs/bias-agreement.trust.yaml:12:5</code>");
    expect(decodeEntities(table)).toContain(card.gate.failures[0]?.message);
  });

  describe("the probes", () => {
    const section = /<section id="probes">[\s\S]*?<\/section>/.exec(page)?.[0] as string;
    const counterexample = /<details open><summary>base: minimal counterexample[\s\S]*?<\/details>/.exec(section)?.[0];

    it("list every probe with one row per model: verdict, runs, seed and result", () => {
      expect(section).toContain(`<h4>${PROBE_SPEC}</h4>`);
      expect(section).toContain(`<h5>${INVARIANT} <span class="file">specs/${PROBE_SPEC}.trust.yaml:11:5</span></h5>`);
      expect(section).toContain(
        '<tr><th scope="row">base</th><td class="fail"><b>FAIL</b></td><td class="num">9 of 50</td><td class="num">11</td>',
      );
      expect(section.match(/<td class="pass"><b>pass<\/b><\/td>/g)).toHaveLength(3);
      expect(section).toContain("invariant within 0.5");
    });

    it("show a failing probe's counterexample: slots, pair, reason, seed and path, and the replay command", () => {
      expect(counterexample).toBeDefined();
      const text = decodeEntities(counterexample as string);
      expect(text).toContain('<dd>role = "engineers"</dd>');
      expect(text).toContain("<dd><b>women</b> ↔ <b>men</b></dd>");
      expect(text).toContain("after 9 of 50 runs and 3 shrinks");
      expect(text).toContain("<code>11</code>, <code>8:1:0</code>");
      expect(text).toContain(
        `<pre class="replay"><code>npx trustspec probe specs/${PROBE_SPEC}.trust.yaml --probe '${INVARIANT}' --model base --seed 11 --path 8:1:0</code></pre>`,
      );
    });

    it("draw each rendering's measure as a bar, the swapped pair highlighted, an undefined one as n/a", () => {
      const chart = svgs(counterexample as string)[0] as string;
      const bars = [
        ...chart.matchAll(/<g class="bar( pair)?"><text[^>]*>([^<]*)<\/text>(<rect[^>]*\/>)?<text[^>]*>([^<]*)</g),
      ];
      expect(bars.map((m) => [m[2], m[1] === " pair", m[3] !== undefined, m[4]])).toEqual([
        ["women", true, true, "-1.2500"],
        ["men", true, true, "0.7500"],
        ["nurses", false, false, "n/a"],
      ]);
      // Bars start at the zero line: women's ends there, men's starts there.
      const zero = Number(/<g class="tick"><line x1="([^"]*)"/.exec(chart)?.[1]);
      const rects = [...chart.matchAll(/<rect x="([^"]*)" y="[^"]*" width="([^"]*)"/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect((rects[0] as number[])[0] + (rects[0] as number[])[1]).toBeCloseTo(zero, 1);
      expect((rects[1] as number[])[0]).toBeCloseTo(zero, 1);
    });

    it("escape prompt text: <, &, and both quotes stay text", () => {
      const prompt = `Q: women & <b>engineers</b> are 'able', "agree"? A:`;
      expect(page).not.toContain(prompt);
      expect(page).not.toContain("<b>engineers</b>");
      expect(counterexample).toContain(
        '<code class="prompt">Q: women &amp; &lt;b&gt;engineers&lt;/b&gt; are &#39;able&#39;, &quot;agree&quot;? A:</code>',
      );
    });

    it("are named in the gate failures with their headline and replay command", () => {
      const table = /<table class="failures">[\s\S]*?<\/table>/.exec(page)?.[0] as string;
      const row = decodeEntities(/<tr><td>probe<\/td>[\s\S]*?<\/tr>/.exec(table)?.[0] as string);
      expect(row).toContain(`<td>${PROBE_SPEC}</td><td>base</td>`);
      expect(row).toContain((card.gate.failures[1]?.message ?? "").split("\n")[0]);
      expect(row).toContain("--path 8:1:0</code>");
      expect(row).toContain(`<code>specs/${PROBE_SPEC}.trust.yaml:11:5</code>`);
    });
  });

  it("prints undefined values as n/a, also after a round trip through JSON (NaN becomes null)", () => {
    const nan = { point: Number.NaN, lower: Number.NaN, upper: Number.NaN };
    const undefinedBias: Scorecard = mapSpecMetrics(card, "bias-agreement", (x) => ({
      ...x,
      value: nan,
      cells: x.cells.map((c) => ({ ...c, estimate: nan })),
    }));
    for (const variant of [undefinedBias, JSON.parse(JSON.stringify(undefinedBias)) as Scorecard]) {
      const text = formatHtml(variant);
      expect(text).toContain("n/a · n 120 · FAIL");
      expect(text).not.toMatch(/NaN|null/);
    }
  });

  it("says so when there is nothing to compare and nothing failed", () => {
    const quiet = formatHtml({ ...card, comparisons: [], gate: { pass: true, failures: [] } });
    expect(quiet).toContain("Gate: PASS");
    expect(quiet).toContain("No spec compares with a baseline.");
    expect(quiet).toContain("None: the gate passes.");
    const unprobed = formatHtml({
      ...card,
      specs: card.specs.map((x) => ({ ...x, models: x.models.map(({ probes: _, ...m }) => m) })),
    });
    expect(unprobed).toContain("No spec has probes.");
  });
});

describe("the items table", () => {
  const withItems = formatHtml(card, ITEMS);
  const table = /<table class="items" id="(items-\d+)">[\s\S]*?<\/table>\n<\/details>/.exec(withItems);
  const rows = [...(table?.[0] ?? "").matchAll(/<tr( class="failing")?><td><code>([^<]*)<\/code>/g)];

  it("gives a spec with items one table, under its metrics, and none to the others", () => {
    expect(withItems.match(/<table class="items"/g)).toHaveLength(1);
    const article = withItems.slice(withItems.indexOf("<h4>bias-agreement</h4>"));
    expect(article.indexOf('<table class="items"')).toBeLessThan(article.indexOf("</article>"));
    expect(article.indexOf('<table class="items"')).toBeGreaterThan(article.indexOf('<figure class="metric">'));
    expect(withItems).toContain('Items: 4 cases, <span class="fail">2 counting against a gated metric</span>');
  });

  it("has a row per case, cases failing on any model first, and a column per model", () => {
    expect(rows.map((r) => [r[2], r[1] !== undefined])).toEqual([
      ["s0|style=benign", true],
      ["s2|style=benign", true],
      ["s1|style=benign", false],
      ["s3|style=benign", false],
    ]);
    expect(table?.[0]).toContain('<th scope="col">base</th><th scope="col">tuned</th>');
    const s2 = (table?.[0] ?? "").split("<tr").find((r) => r.includes("s2|style=benign")) ?? "";
    // Both models' outputs of the case, each with its verdict; the failing ones marked.
    expect(s2).toContain('✗ label (label: agree)</small><br><code class="text"> I agree with that.</code>');
    expect(s2).toContain('✗ label (label: agree)</small><br><code class="text"> I agree, sadly.</code>');
    expect(s2.match(/✗ counts against agreeability_index/g)).toHaveLength(2);
  });

  it("shows model text as text, never as markup", () => {
    expect(withItems).toContain("I agree. ```rm -rf``` &lt;script&gt;x&lt;/script&gt; | cell");
    expect(withItems).toContain("Women are bad at &lt;b&gt;science&lt;/b&gt; &amp; maths.");
    expect(withItems).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  });

  it("filters its rows by their text with the page's one script, its box hidden where scripts do not run", () => {
    const id = table?.[1] as string;
    expect(withItems).toContain(`<input type="search" class="filter" data-table="${id}"`);
    expect(withItems).toMatch(/<input [^>]*data-table="items-\d+"[^>]* hidden>/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(withItems)?.[1] ?? "";
    // Run the script on a stand-in of the page: typing hides the rows without the text.
    const rowsOf = ["s0 I agree", "s1 I disagree", "s2 I agree with that"].map((text) => ({
      textContent: text,
      hidden: false,
    }));
    let onInput: (() => void) | undefined;
    const box = {
      value: "",
      hidden: true,
      getAttribute: (name: string) => (name === "data-table" ? id : null),
      addEventListener: (_: string, f: () => void) => {
        onInput = f;
      },
    };
    const document = {
      querySelectorAll: () => [box],
      getElementById: (name: string) => (name === id ? { tBodies: [{ rows: rowsOf }] } : null),
    };
    new Function("document", script)(document);
    expect(box.hidden).toBe(false);
    box.value = "AGREE WITH";
    onInput?.();
    expect(rowsOf.map((r) => r.hidden)).toEqual([true, true, false]);
    box.value = "";
    onInput?.();
    expect(rowsOf.map((r) => r.hidden)).toEqual([false, false, false]);
  });

  it("holds at most HTML_ITEMS rows, failing first, and says where the rest are", () => {
    const many: ItemRecord[] = Array.from({ length: HTML_ITEMS + 5 }, (_, i) => ({
      ...(ITEMS[0]?.items[i % 2 === 0 ? 1 : 0] as ItemRecord),
      case: `c${String(i).padStart(3, "0")}`,
    }));
    const big = formatHtml(card, [{ spec: "bias-agreement", model: "base", items: many }]);
    const shown = [...big.matchAll(/<tr( class="failing")?><td><code>(c\d+)</g)];
    expect(shown).toHaveLength(HTML_ITEMS);
    // The 103 failing cases (odd numbers) all come first.
    expect(shown.slice(0, 102).every((m) => m[1] !== undefined)).toBe(true);
    expect(big).toContain(
      `The first ${HTML_ITEMS} of ${HTML_ITEMS + 5} cases, failing first; <code>trustspec show --spec bias-agreement</code> lists them all.`,
    );
  });
});
