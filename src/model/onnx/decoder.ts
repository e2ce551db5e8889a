import * as ort from "onnxruntime-node";
import type { DecoderOutput, DecoderStep, KvCache, StepDecoder } from "../decoder-step";
import type { ModelConfig } from "../model-config";
import type { DecoderFiles } from "../model-files";
import { type DecoderIO, describeDecoderIO } from "./decoder-io";
import { allocate, emptyTensor, gatherRows, inputType, joinRows, toFloat32 } from "./float-tensors";
import { int64Tensor } from "./int64-tensor";
import { openSession, type SessionOptions } from "./session";

/** The cache of an ONNX decoder: the present tensors of the last step, by past input name. */
interface OnnxKvCache extends KvCache {
  readonly tensors: ReadonlyMap<string, ort.Tensor>;
}

export type DecoderOptions = SessionOptions;

function kvCache(length: number, tensors: ReadonlyMap<string, ort.Tensor>): OnnxKvCache {
  let bytes = 0;
  for (const tensor of tensors.values()) bytes += (tensor.data as ArrayBufferView).byteLength;
  return { length, bytes, tensors };
}

/**
 * One decoder export, whichever layout it has (single, merged with use_cache_branch, or split into
 * a first-step and a cached-step model), behind a single `step` call.
 */
export class OnnxDecoder implements StepDecoder {
  private constructor(
    private readonly first: ort.InferenceSession,
    private readonly cached: ort.InferenceSession,
    readonly io: DecoderIO,
    private readonly config: ModelConfig,
  ) {}

  /**
   * The memory joined caches are written into, grown to the largest join and reused by the next
   * (StepDecoder.joinCaches): scoring joins a cache for every batch of continuations, and new memory
   * each time was as much garbage as the batch's logits.
   */
  private joined: Float32Array | Uint16Array = new Float32Array(0);

  static async load(files: DecoderFiles, config: ModelConfig, options: DecoderOptions = {}): Promise<OnnxDecoder> {
    const path = files.kind === "split" ? files.decoder : files.model;
    const first = await openSession(path, options);
    const cached = files.kind === "split" ? await openSession(files.withPast, options) : first;
    // A split export's first-step model has no past inputs: read the cache layout from the cached one.
    const io = describeDecoderIO(
      cached.inputNames,
      cached.outputNames,
      (name) => inputType(cached, name),
      config,
      files.kind === "split" ? files.withPast : path,
    );
    return new OnnxDecoder(first, cached, io, config);
  }

  get hasCache(): boolean {
    return this.io.past.length > 0;
  }

  get takesPositionIds(): boolean {
    return this.io.hasPositionIds;
  }

  async step(input: DecoderStep): Promise<DecoderOutput> {
    const batch = input.inputIds.length;
    const seq = input.inputIds[0]?.length ?? 0;
    const cache = input.cache as OnnxKvCache | undefined;
    const useCache = cache !== undefined && cache.length > 0;
    const session = useCache || this.first === this.cached ? this.cached : this.first;
    const feeds: Record<string, ort.Tensor> = { input_ids: int64Tensor(input.inputIds, batch, seq) };
    if (this.io.hasAttentionMask) {
      feeds.attention_mask = int64Tensor(input.attentionMask, batch, input.attentionMask[0]?.length ?? 0);
    }
    if (this.io.hasPositionIds) {
      if (!input.positionIds) throw new Error("internal: this export needs position_ids");
      feeds.position_ids = int64Tensor(input.positionIds, batch, seq);
    }
    if (this.io.hasUseCacheBranch)
      feeds.use_cache_branch = new ort.Tensor("bool", Uint8Array.of(useCache ? 1 : 0), [1]);
    if (session.inputNames.some((n) => n.startsWith("past_key_values."))) {
      const empty = useCache ? undefined : this.emptyPast(batch);
      for (const { key, value } of this.io.past) {
        const k = useCache ? cache.tensors.get(key) : empty;
        const v = useCache ? cache.tensors.get(value) : empty;
        if (!k || !v) throw new Error(`internal: the cache lacks ${key}`);
        feeds[key] = k;
        feeds[value] = v;
      }
    }
    const keep = this.hasCache && input.keepCache !== false;
    // Outputs not fetched are not copied into JavaScript: a cache nobody reads was most of a scoring pass's garbage.
    const out = await (keep ? session.run(feeds) : session.run(feeds, ["logits"]));
    const logits = out.logits as ort.Tensor;
    const dims = logits.dims;
    const next: OnnxKvCache | undefined = keep
      ? kvCache(
          (useCache ? cache.length : 0) + seq,
          new Map(
            this.io.past.flatMap((names, i) => {
              const present = this.io.present[i] as { key: string; value: string };
              return [
                [names.key, out[present.key] as ort.Tensor],
                [names.value, out[present.value] as ort.Tensor],
              ] as const;
            }),
          ),
        )
      : undefined;
    return { logits: toFloat32(logits), batch, seq: Number(dims[1]), width: Number(dims[2]), cache: next };
  }

  gatherCache(cache: KvCache, rows: readonly number[]): KvCache {
    const source = cache as OnnxKvCache;
    const tensors = new Map<string, ort.Tensor>();
    for (const [name, tensor] of source.tensors) tensors.set(name, gatherRows(tensor, rows));
    return kvCache(source.length, tensors);
  }

  joinCaches(rows: readonly { readonly cache: KvCache; readonly row: number }[], length: number): KvCache {
    const per = rows.length * this.config.kvHeads * length * this.config.headDim;
    const names = this.io.past.flatMap(({ key, value }) => [key, value]);
    if (this.joined.length < per * names.length) this.joined = allocate(this.io.pastType, per * names.length);
    const tensors = new Map<string, ort.Tensor>();
    names.forEach((name, n) => {
      const parts = rows.map(({ cache, row }) => {
        const tensor = (cache as OnnxKvCache).tensors.get(name);
        if (tensor === undefined) throw new Error(`internal: the cache lacks ${name}`);
        return { tensor, row };
      });
      tensors.set(name, joinRows(parts, length, this.joined.subarray(n * per, (n + 1) * per)));
    });
    return kvCache(length, tensors);
  }

  /** The first step's cache: no positions, in the element type the export takes (float16 for fp16 files). */
  private emptyPast(batch: number): ort.Tensor {
    return emptyTensor(this.io.pastType, [batch, this.config.kvHeads, 0, this.config.headDim]);
  }

  async release(): Promise<void> {
    await this.first.release();
    if (this.cached !== this.first) await this.cached.release();
  }
}
