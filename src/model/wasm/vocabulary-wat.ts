/**
 * The WebAssembly text of the vocabulary kernel: the passes over a whole row of logits that
 * sampling and greedy decoding make per token, in 128-bit SIMD (four float32 lanes). In JavaScript
 * the fastest pass over 151,936 logits (a maximum) costs about 0.7 ns a logit, and weighing every
 * token at a temperature at least 2 ns: 8 rows were 20–80% of a small model's forward step. Here a
 * maximum is 0.15 ns a logit and weighing 0.8 ns.
 *
 * `scripts/gen-wasm.ts` compiles this text (with wabt, a dev dependency) into
 * vocabulary-kernel.generated.ts; a test checks that the committed bytes are this text's. WebAssembly
 * arithmetic is IEEE 754 to the bit, with no fused multiply-add in these instructions, so the kernel
 * gives the same weights on every machine, and test/model/vocabulary-kernel.test.ts recomputes them
 * one by one with Math.fround.
 *
 * Rows are at `ptr`, float32, padded with minus infinity to a multiple of 16 (`n` is that multiple).
 */

/** Tokens per block of {@link weigh}: its sums are how sampling finds the block a crossing is in. */
export const BLOCK = 256;

/**
 * 2^f on [−1/2, 1/2]: 1 + c1·f + … + c4·f^4 by Horner's rule in float32, within 2.9e-6 relatively
 * (fitted to the largest relative error, by iteratively reweighted least squares, with the constant
 * fixed at 1 so that 2^0 is exactly 1). Degree 5 was within 1.9e-7 but cost a tenth more per token:
 * 3e-6 is below what any test of a sampler could see (it would take some 10^11 draws), and float32's
 * rounding of x already moves a weight by up to 5e-6 at 36 halvings.
 */
export const EXP2_COEFFICIENTS = [
  0.6931241750717163, 0.24024099111557007, 0.05590637028217316, 0.009582818485796452,
] as const;

/** 1.5 · 2^23: added to a float32 below 2^22, it rounds it to an integer held in the low bits. */
export const ROUNDER = 12_582_912;

/** Tokens more than this many halvings below the top weigh 0 (2^-125 is float32's smallest normal but one). */
export const LAST_HALVING = 125;

/**
 * The weight of the four tokens at `ptr + offset`, into `$w{k}`: 2^-x for x = (top − logit) · c
 * (c = log2(e) / T), as 2^-round(x) (in the exponent bits) times 2^(round(x) − x) (the polynomial),
 * and 0 where x is not below LAST_HALVING (minus infinity, NaN, or too far).
 */
function weightOfFour(k: number, offset: number): string {
  const last = EXP2_COEFFICIENTS.length - 1;
  const horner = EXP2_COEFFICIENTS.slice(0, last)
    .map(
      (_, i) => `(local.set $w${k} (f32x4.add (local.get $c${i}) (f32x4.mul (local.get $f${k}) (local.get $w${k}))))`,
    )
    .reverse()
    .join("\n        ");
  return `
        (local.set $x${k} (f32x4.mul (f32x4.sub (local.get $top4) (v128.load offset=${offset} (local.get $p))) (local.get $scale4)))
        (local.set $r${k} (f32x4.add (local.get $x${k}) (local.get $rounder)))
        (local.set $f${k} (f32x4.sub (f32x4.sub (local.get $r${k}) (local.get $rounder)) (local.get $x${k})))
        (local.set $w${k} (local.get $c${last}))
        ${horner}
        (local.set $w${k} (f32x4.add (local.get $one) (f32x4.mul (local.get $f${k}) (local.get $w${k}))))
        (local.set $w${k} (i32x4.sub (local.get $w${k}) (i32x4.shl (local.get $r${k}) (i32.const 23))))
        (local.set $w${k} (v128.and (local.get $w${k}) (f32x4.lt (local.get $x${k}) (local.get $last))))`;
}

/** The locals and constants every weighing function sets up first. */
function weightSetup(): string {
  const locals = [0, 1, 2, 3].map(
    (k) => `(local $x${k} v128) (local $r${k} v128) (local $f${k} v128) (local $w${k} v128)`,
  );
  const constants = EXP2_COEFFICIENTS.map((c, i) => `(local.set $c${i} (f32x4.splat (f32.const ${c})))`);
  return `
    (local $top4 v128) (local $scale4 v128) (local $rounder v128) (local $last v128) (local $one v128)
    ${EXP2_COEFFICIENTS.map((_, i) => `(local $c${i} v128)`).join(" ")}
    ${locals.join("\n    ")}
    (local.set $top4 (f32x4.splat (local.get $top)))
    (local.set $scale4 (f32x4.splat (local.get $scale)))
    (local.set $rounder (f32x4.splat (f32.const ${ROUNDER})))
    (local.set $last (f32x4.splat (f32.const ${LAST_HALVING})))
    (local.set $one (f32x4.splat (f32.const 1)))
    ${constants.join("\n    ")}`;
}

/**
 * Adds the four weights `$w0` … `$w3` of 16 tokens to the block's two running float64 sums, in the
 * order every block sum is made: each lane's four as ((w0 + w1) + (w2 + w3)) in float32, then lanes
 * 0 + 2 and 1 + 3 in float64. Weighing and the nucleus's masked sums share it, so that a masked
 * block sum is never above the block's sum (IEEE addition is monotone in each operand).
 */
const ADD_SIXTEEN = `
        (local.set $g (f32x4.add (f32x4.add (local.get $w0) (local.get $w1)) (f32x4.add (local.get $w2) (local.get $w3))))
        (local.set $sums (f64x2.add (local.get $sums)
          (f64x2.add (f64x2.promote_low_f32x4 (local.get $g))
                     (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $g) (local.get $g))))))`;

/** The block's sum from its two running sums, as a float64 value. */
const BLOCK_SUM = "(f64.add (f64x2.extract_lane 0 (local.get $sums)) (f64x2.extract_lane 1 (local.get $sums)))";

/**
 * A loop over the row's blocks of BLOCK tokens (`$p` to `$end`): `body` runs per 16 tokens (it
 * moves `$p` on by 64), `blockEnd` after each block, with the block's sums in `$sums`.
 */
function blocks(body: string, blockEnd: string, blockStart = ""): string {
  return `
    (block $done (loop $block
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $blockEnd (i32.add (local.get $p) (i32.const ${BLOCK * 4})))
      (if (i32.gt_u (local.get $blockEnd) (local.get $end)) (then (local.set $blockEnd (local.get $end))))
      (local.set $sums (v128.const i64x2 0 0))${blockStart}
      (block $blockDone (loop $next
        (br_if $blockDone (i32.ge_u (local.get $p) (local.get $blockEnd)))${body}
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $next)))${blockEnd}
      (br $block)))`;
}

/**
 * The masked sum of one block of stored weights (at `$p`, to `$blockEnd`; their logits at `$q`)
 * into `$sums`: a weight counts where `mask(k)` (over the lanes of the logits `$l{k}`) is all ones.
 */
function maskedBlock(mask: (k: number) => string, index = false): string {
  const four = [0, 1, 2, 3]
    .map(
      (k) => `
          (local.set $l${k} (v128.load offset=${16 * k} (local.get $q)))
          (local.set $w${k} (v128.and (v128.load offset=${16 * k} (local.get $p)) ${mask(k)}))${index ? "\n          (local.set $idx (i32x4.add (local.get $idx) (local.get $four)))" : ""}`,
    )
    .join("");
  return `
        (block $maskedDone (loop $masked
          (br_if $maskedDone (i32.ge_u (local.get $p) (local.get $blockEnd)))${four}${ADD_SIXTEEN.replace(/\n {8}/g, "\n          ")}
          (local.set $p (i32.add (local.get $p) (i32.const 64)))
          (local.set $q (i32.add (local.get $q) (i32.const 64)))
          (br $masked)))`;
}

/**
 * The highest of the logits from `$p` up to the local `end`, NaN aside (pmax keeps its first operand
 * unless the second is greater), in two running maxima of four lanes, `$a` and `$b`, then `$a`
 * holding both; `$p` ends at `end`.
 */
function runningMax(end: string, done: string): string {
  return `
      (local.set $a (f32x4.splat (f32.const -inf)))
      (local.set $b (local.get $a))
      (block ${done} (loop $next
        (br_if ${done} (i32.ge_u (local.get $p) (local.get ${end})))
        (local.set $a (f32x4.pmax (local.get $a) (v128.load (local.get $p))))
        (local.set $b (f32x4.pmax (local.get $b) (v128.load offset=16 (local.get $p))))
        (local.set $a (f32x4.pmax (local.get $a) (v128.load offset=32 (local.get $p))))
        (local.set $b (f32x4.pmax (local.get $b) (v128.load offset=48 (local.get $p))))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $next)))
      (local.set $a (f32x4.pmax (local.get $a) (local.get $b)))`;
}

/** The highest of `$a`'s four lanes, as a float32 value. */
const HIGHEST_LANE = `(f32.max
        (f32.max (f32x4.extract_lane 0 (local.get $a)) (f32x4.extract_lane 1 (local.get $a)))
        (f32.max (f32x4.extract_lane 2 (local.get $a)) (f32x4.extract_lane 3 (local.get $a))))`;

export function vocabularyWat(): string {
  const fourWeights = [0, 1, 2, 3].map((k) => weightOfFour(k, 16 * k)).join("");
  const storeFour = [0, 1, 2, 3]
    .map((k) => `\n        (v128.store offset=${16 * k} (local.get $out) (local.get $w${k}))`)
    .join("");
  const above = (k: number) => `(f32x4.gt (local.get $l${k}) (local.get $v4))`;
  const atLeast = (k: number) => `(f32x4.ge (local.get $l${k}) (local.get $v4))`;
  const aboveOrEarlierTie = (k: number) =>
    `(v128.or ${above(k)} (v128.and (f32x4.eq (local.get $l${k}) (local.get $v4)) (i32x4.lt_s (local.get $idx) (local.get $tie4))))`;
  return `(module
  (import "kernel" "memory" (memory 1))

  ;; The highest of n logits at ptr, NaN aside.
  (func (export "top") (param $p i32) (param $n i32) (result f32)
    (local $a v128) (local $b v128) (local $end i32)
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))${runningMax("$end", "$done")}
    ${HIGHEST_LANE})

  ;; top, also writing each block's highest logit (float32s at out).
  (func (export "topBlocks") (param $p i32) (param $n i32) (param $out i32) (result f32)
    (local $a v128) (local $b v128) (local $end i32) (local $blockEnd i32) (local $top f32) (local $max f32)
    (local.set $top (f32.const -inf))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done (loop $block
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $blockEnd (i32.add (local.get $p) (i32.const ${BLOCK * 4})))
      (if (i32.gt_u (local.get $blockEnd) (local.get $end)) (then (local.set $blockEnd (local.get $end))))
${runningMax("$blockEnd", "$blockDone")}
      (local.set $max ${HIGHEST_LANE})
      (f32.store (local.get $out) (local.get $max))
      (local.set $top (f32.max (local.get $top) (local.get $max)))
      (local.set $out (i32.add (local.get $out) (i32.const 4)))
      (br $block)))
    (local.get $top))

  ;; The first of n logits at ptr equal to v, or n.
  (func (export "firstEqual") (param $p i32) (param $n i32) (param $v f32) (result i32)
    (local $i i32) (local $v4 v128)
    (local.set $v4 (f32x4.splat (local.get $v)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (if (v128.any_true (f32x4.eq (v128.load (local.get $p)) (local.get $v4)))
        (then
          (block $found (loop $lane
            (br_if $found (f32.eq (f32.load (local.get $p)) (local.get $v)))
            (local.set $p (i32.add (local.get $p) (i32.const 4)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $lane)))
          (return (local.get $i))))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $next)))
    (local.get $n))

  ;; The weights of n logits at ptr (see weightOfFour), summed by blocks of ${BLOCK} tokens into
  ;; float64s at out (ADD_SIXTEEN's order).
  (func (export "weigh") (param $p i32) (param $n i32) (param $top f32) (param $scale f32) (param $out i32)
    (local $end i32) (local $blockEnd i32) (local $sums v128) (local $g v128)
    ${weightSetup()}
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))${blocks(
      fourWeights + ADD_SIXTEEN,
      `
      (f64.store (local.get $out) ${BLOCK_SUM})
      (local.set $out (i32.add (local.get $out) (i32.const 8)))`,
    )})

  ;; weigh, also keeping every weight (float32s at out).
  (func (export "weighKeep") (param $p i32) (param $n i32) (param $top f32) (param $scale f32) (param $sumsOut i32) (param $out i32)
    (local $end i32) (local $blockEnd i32) (local $sums v128) (local $g v128)
    ${weightSetup()}
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))${blocks(
      `${fourWeights}${storeFour}
        (local.set $out (i32.add (local.get $out) (i32.const 64)))${ADD_SIXTEEN}`,
      `
      (f64.store (local.get $sumsOut) ${BLOCK_SUM})
      (local.set $sumsOut (i32.add (local.get $sumsOut) (i32.const 8)))`,
    )})

  ;; Whether the weight above a logit is below limit: A = the sum over blocks, in order, of each
  ;; block's stored weights (at $p, n of them, weighKeep's) whose logits (at $q) are above v, or
  ;; equal to it at an index below tieEnd; each block masked and summed in weigh's order (so never
  ;; above its sum). Returns A < limit, stopping early where the answer is certain: once A reaches
  ;; limit, or once A plus the sums of the blocks still to come (suffix[b], summed from the end) plus
  ;; slack (a bound on the rounding of those sums) is below it. Blocks whose highest logit (tops,
  ;; topBlocks's) is below v, or equal to it from tieEnd on, add nothing and are skipped unread.
  (func (export "above") (param $q i32) (param $p i32) (param $n i32) (param $suffix i32) (param $tops i32)
      (param $v f32) (param $tieEnd i32) (param $limit f64) (param $slack f64) (result i32)
    (local $end i32) (local $blockEnd i32) (local $sums v128) (local $g v128) (local $start i32) (local $top f32)
    (local $a f64) (local $v4 v128) (local $tie4 v128) (local $idx v128) (local $four v128)
    (local $w0 v128) (local $w1 v128) (local $w2 v128) (local $w3 v128)
    (local $l0 v128) (local $l1 v128) (local $l2 v128) (local $l3 v128)
    (local.set $v4 (f32x4.splat (local.get $v)))
    (local.set $tie4 (i32x4.splat (local.get $tieEnd)))
    (local.set $four (i32x4.splat (i32.const 4)))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done (loop $block
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $blockEnd (i32.add (local.get $p) (i32.const ${BLOCK * 4})))
      (if (i32.gt_u (local.get $blockEnd) (local.get $end)) (then (local.set $blockEnd (local.get $end))))
      (local.set $top (f32.load (local.get $tops)))
      (if (i32.or (f32.gt (local.get $top) (local.get $v))
                  (i32.and (f32.eq (local.get $top) (local.get $v)) (i32.lt_s (local.get $start) (local.get $tieEnd))))
        (then
          (local.set $sums (v128.const i64x2 0 0))
          (if (i32.le_s (i32.add (local.get $start) (i32.const ${BLOCK})) (local.get $tieEnd))
            (then${maskedBlock(atLeast)})
            (else (if (i32.ge_s (local.get $start) (local.get $tieEnd))
              (then${maskedBlock(above)})
              (else
                (local.set $idx (i32x4.add (i32x4.splat (local.get $start)) (v128.const i32x4 0 1 2 3)))${maskedBlock(aboveOrEarlierTie, true)}))))
          (local.set $a (f64.add (local.get $a) ${BLOCK_SUM}))
          (if (f64.ge (local.get $a) (local.get $limit)) (then (return (i32.const 0)))))
        (else (local.set $q (i32.add (local.get $q) (i32.sub (local.get $blockEnd) (local.get $p))))))
      (local.set $p (local.get $blockEnd))
      (local.set $start (i32.add (local.get $start) (i32.const ${BLOCK})))
      (local.set $tops (i32.add (local.get $tops) (i32.const 4)))
      (local.set $suffix (i32.add (local.get $suffix) (i32.const 8)))
      (if (f64.lt (f64.add (f64.add (local.get $a) (f64.load (local.get $suffix))) (local.get $slack)) (local.get $limit))
        (then (return (i32.const 1))))
      (br $block)))
    (f64.lt (local.get $a) (local.get $limit)))

  ;; The weight of each of n logits at ptr, as float32s at out (the same arithmetic as weigh's).
  (func (export "weights") (param $p i32) (param $n i32) (param $top f32) (param $scale f32) (param $out i32)
    (local $end i32)
    ${weightSetup()}
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))${fourWeights}${storeFour}
      (local.set $p (i32.add (local.get $p) (i32.const 64)))
      (local.set $out (i32.add (local.get $out) (i32.const 64)))
      (br $next))))
)
`;
}
