import * as ort from "onnxruntime-node";
import type { ModelConfig } from "../model-config";
import { ModelError } from "../model-error";
import type { DecoderFiles } from "../model-files";
import { type DecoderIO, describeDecoderIO } from "./decoder-io";

/** The key/value cache a decoder returns, to be passed back on the next step. Opaque outside onnx/. */
export interface KvCache {
  /** Positions it holds. */
  readonly length: number;
  readonly batch: number;
  readonly tensors: ReadonlyMap<string, ort.Tensor>;
}

export interface DecoderStep {
  /** [batch][seq] token ids; rows of one step have the same length (pad left under the mask). */
  readonly inputIds: readonly (readonly number[])[];
  /** [batch][past + seq]: 1 for real tokens, 0 for padding. */
  readonly attentionMask: readonly (readonly number[])[];
  /** [batch][seq]; needed by exports that take position_ids. */
  readonly positionIds?: readonly (readonly number[])[];
  readonly cache?: KvCache;
}

export interface DecoderOutput {
  /** [batch, seq, width] logits, row-major. */
  readonly logits: Float32Array;
  readonly batch: number;
  readonly seq: number;
  /** Logits per position; may exceed the tokenizer's vocabulary (padding, e.g. Pythia's 50,304). */
  readonly width: number;
  /** The cache after this step, or undefined for an export without one. */
  readonly cache: KvCache | undefined;
}

export interface DecoderOptions {
  /** onnxruntime intra-op threads; results do not depend on it. */
  readonly threads?: number;
}

async function openSession(path: string, options: DecoderOptions): Promise<ort.InferenceSession> {
  try {
    return await ort.InferenceSession.create(path, {
      ...(options.threads !== undefined ? { intraOpNumThreads: options.threads } : {}),
      interOpNumThreads: 1,
      graphOptimizationLevel: "all",
    });
  } catch (e) {
    throw new ModelError(
      "MODEL_ONNX_CORRUPT",
      `onnxruntime cannot load ${path}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
      path,
      "the file is damaged or not an ONNX model: export it again (check the disk space and that the copy finished)",
    );
  }
}

/**
 * One decoder export, whichever layout it has (single, merged with use_cache_branch, or split into
 * a first-step and a cached-step model), behind a single `step` call.
 */
export class OnnxDecoder {
  private constructor(
    private readonly first: ort.InferenceSession,
    private readonly cached: ort.InferenceSession,
    readonly io: DecoderIO,
    private readonly config: ModelConfig,
  ) {}

  static async load(files: DecoderFiles, config: ModelConfig, options: DecoderOptions = {}): Promise<OnnxDecoder> {
    const path = files.kind === "split" ? files.decoder : files.model;
    const first = await openSession(path, options);
    const cached = files.kind === "split" ? await openSession(files.withPast, options) : first;
    // A split export's first-step model has no past inputs: read the cache layout from the cached one.
    const io = describeDecoderIO(
      cached.inputNames,
      cached.outputNames,
      config,
      files.kind === "split" ? files.withPast : path,
    );
    return new OnnxDecoder(first, cached, io, config);
  }

  get hasCache(): boolean {
    return this.io.past.length > 0;
  }

  async step(input: DecoderStep): Promise<DecoderOutput> {
    const batch = input.inputIds.length;
    const seq = input.inputIds[0]?.length ?? 0;
    const useCache = input.cache !== undefined && input.cache.length > 0;
    const session = useCache || this.first === this.cached ? this.cached : this.first;
    const feeds: Record<string, ort.Tensor> = { input_ids: int64(input.inputIds, batch, seq) };
    if (this.io.hasAttentionMask) {
      feeds.attention_mask = int64(input.attentionMask, batch, input.attentionMask[0]?.length ?? 0);
    }
    if (this.io.hasPositionIds) {
      if (!input.positionIds) throw new Error("internal: this export needs position_ids");
      feeds.position_ids = int64(input.positionIds, batch, seq);
    }
    if (this.io.hasUseCacheBranch)
      feeds.use_cache_branch = new ort.Tensor("bool", Uint8Array.of(useCache ? 1 : 0), [1]);
    if (session.inputNames.some((n) => n.startsWith("past_key_values."))) {
      const empty = this.emptyPast(batch);
      for (const { key, value } of this.io.past) {
        feeds[key] = (useCache ? input.cache?.tensors.get(key) : undefined) ?? empty;
        feeds[value] = (useCache ? input.cache?.tensors.get(value) : undefined) ?? empty;
      }
    }
    const out = await session.run(feeds);
    const logits = out.logits as ort.Tensor;
    const dims = logits.dims;
    const cache = this.hasCache
      ? {
          length: (input.cache && useCache ? input.cache.length : 0) + seq,
          batch,
          tensors: new Map(
            this.io.past.flatMap((names, i) => {
              const present = this.io.present[i] as { key: string; value: string };
              return [
                [names.key, out[present.key] as ort.Tensor],
                [names.value, out[present.value] as ort.Tensor],
              ] as const;
            }),
          ),
        }
      : undefined;
    return { logits: logits.data as Float32Array, batch, seq: Number(dims[1]), width: Number(dims[2]), cache };
  }

  private emptyPast(batch: number): ort.Tensor {
    return new ort.Tensor("float32", new Float32Array(0), [batch, this.config.kvHeads, 0, this.config.headDim]);
  }

  async release(): Promise<void> {
    await this.first.release();
    if (this.cached !== this.first) await this.cached.release();
  }
}

function int64(rows: readonly (readonly number[])[], batch: number, width: number): ort.Tensor {
  const data = new BigInt64Array(batch * width);
  rows.forEach((row, b) => {
    row.forEach((v, i) => {
      data[b * width + i] = BigInt(v);
    });
  });
  return new ort.Tensor("int64", data, [batch, width]);
}
