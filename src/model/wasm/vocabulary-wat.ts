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
 * 2^f on [−1/2, 1/2]: 1 + c1·f + … + c5·f^5 by Horner's rule in float32, within 1.7e-7 relatively
 * (fitted to relative error with the constant fixed at 1, so that 2^0 is exactly 1).
 */
export const EXP2_COEFFICIENTS = [
  0.6931470036506653, 0.24022236466407776, 0.055507075041532516, 0.009671817533671856, 0.0013273167423903942,
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
  const horner = [...EXP2_COEFFICIENTS]
    .reverse()
    .slice(1)
    .map(
      (_, i) =>
        `(local.set $w${k} (f32x4.add (local.get $c${3 - i}) (f32x4.mul (local.get $f${k}) (local.get $w${k}))))`,
    )
    .join("\n        ");
  return `
        (local.set $x${k} (f32x4.mul (f32x4.sub (local.get $top4) (v128.load offset=${offset} (local.get $p))) (local.get $scale4)))
        (local.set $r${k} (f32x4.add (local.get $x${k}) (local.get $rounder)))
        (local.set $f${k} (f32x4.sub (f32x4.sub (local.get $r${k}) (local.get $rounder)) (local.get $x${k})))
        (local.set $w${k} (local.get $c4))
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
    (local $c0 v128) (local $c1 v128) (local $c2 v128) (local $c3 v128) (local $c4 v128)
    ${locals.join("\n    ")}
    (local.set $top4 (f32x4.splat (local.get $top)))
    (local.set $scale4 (f32x4.splat (local.get $scale)))
    (local.set $rounder (f32x4.splat (f32.const ${ROUNDER})))
    (local.set $last (f32x4.splat (f32.const ${LAST_HALVING})))
    (local.set $one (f32x4.splat (f32.const 1)))
    ${constants.join("\n    ")}`;
}

export function vocabularyWat(): string {
  const fourWeights = [0, 1, 2, 3].map((k) => weightOfFour(k, 16 * k)).join("");
  return `(module
  (import "kernel" "memory" (memory 1))

  ;; The highest of n logits at ptr, NaN aside (pmax keeps its first operand unless the second is greater).
  (func (export "top") (param $p i32) (param $n i32) (result f32)
    (local $a v128) (local $b v128) (local $end i32)
    (local.set $a (f32x4.splat (f32.const -inf)))
    (local.set $b (local.get $a))
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $a (f32x4.pmax (local.get $a) (v128.load (local.get $p))))
      (local.set $b (f32x4.pmax (local.get $b) (v128.load offset=16 (local.get $p))))
      (local.set $a (f32x4.pmax (local.get $a) (v128.load offset=32 (local.get $p))))
      (local.set $b (f32x4.pmax (local.get $b) (v128.load offset=48 (local.get $p))))
      (local.set $p (i32.add (local.get $p) (i32.const 64)))
      (br $next)))
    (local.set $a (f32x4.pmax (local.get $a) (local.get $b)))
    (f32.max
      (f32.max (f32x4.extract_lane 0 (local.get $a)) (f32x4.extract_lane 1 (local.get $a)))
      (f32.max (f32x4.extract_lane 2 (local.get $a)) (f32x4.extract_lane 3 (local.get $a)))))

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
  ;; float64s at out: per 16 tokens, each lane's four weights as ((w0 + w1) + (w2 + w3)) in float32;
  ;; lanes 0 + 2 and 1 + 3 in float64 added to two running sums; the block is their sum.
  (func (export "weigh") (param $p i32) (param $n i32) (param $top f32) (param $scale f32) (param $out i32)
    (local $end i32) (local $blockEnd i32) (local $sums v128) (local $g v128)
    ${weightSetup()}
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done (loop $block
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
      (local.set $blockEnd (i32.add (local.get $p) (i32.const ${BLOCK * 4})))
      (if (i32.gt_u (local.get $blockEnd) (local.get $end)) (then (local.set $blockEnd (local.get $end))))
      (local.set $sums (v128.const i64x2 0 0))
      (block $blockDone (loop $next
        (br_if $blockDone (i32.ge_u (local.get $p) (local.get $blockEnd)))${fourWeights}
        (local.set $g (f32x4.add (f32x4.add (local.get $w0) (local.get $w1)) (f32x4.add (local.get $w2) (local.get $w3))))
        (local.set $sums (f64x2.add (local.get $sums)
          (f64x2.add (f64x2.promote_low_f32x4 (local.get $g))
                     (f64x2.promote_low_f32x4 (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $g) (local.get $g))))))
        (local.set $p (i32.add (local.get $p) (i32.const 64)))
        (br $next)))
      (f64.store (local.get $out) (f64.add (f64x2.extract_lane 0 (local.get $sums)) (f64x2.extract_lane 1 (local.get $sums))))
      (local.set $out (i32.add (local.get $out) (i32.const 8)))
      (br $block))))

  ;; The weight of each of n logits at ptr, as float32s at out (the same arithmetic as weigh's).
  (func (export "weights") (param $p i32) (param $n i32) (param $top f32) (param $scale f32) (param $out i32)
    (local $end i32)
    ${weightSetup()}
    (local.set $end (i32.add (local.get $p) (i32.shl (local.get $n) (i32.const 2))))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $p) (local.get $end)))${fourWeights}
      (v128.store (local.get $out) (local.get $w0))
      (v128.store offset=16 (local.get $out) (local.get $w1))
      (v128.store offset=32 (local.get $out) (local.get $w2))
      (v128.store offset=48 (local.get $out) (local.get $w3))
      (local.set $p (i32.add (local.get $p) (i32.const 64)))
      (local.set $out (i32.add (local.get $out) (i32.const 64)))
      (br $next))))
)
`;
}
