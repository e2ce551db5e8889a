import type * as ort from "onnxruntime-node";
import type { ClassifierBatch, ClassifierOutput, SequenceClassifier } from "../classify";
import { ModelError } from "../model-error";
import { toFloat32 } from "./float-tensors";
import { int64Tensor } from "./int64-tensor";
import { openSession, type SessionOptions } from "./session";

export type ClassifierSessionOptions = SessionOptions;

const KNOWN_INPUTS = new Set(["input_ids", "attention_mask", "token_type_ids"]);

/** The declared rank of an output, or undefined when the session does not say. */
function outputShape(session: ort.InferenceSession, name: string): readonly (number | string)[] | undefined {
  const meta = session.outputMetadata.find((m) => m.name === name);
  return meta?.isTensor && meta.shape.length > 0 ? meta.shape : undefined;
}

/**
 * The rank of a single ONNX file's `logits` output: 2 ([batch, labels]) for a sequence classifier,
 * 3 ([batch, seq, vocab]) for a causal LM; undefined when it has no logits or does not declare a shape.
 * For telling the two apart when config.json does not say.
 */
export async function logitsRank(path: string): Promise<number | undefined> {
  const session = await openSession(path, {});
  try {
    return outputShape(session, "logits")?.length;
  } finally {
    await session.release();
  }
}

/**
 * A sequence-classification export (optimum `--task text-classification`): `input_ids`,
 * `attention_mask` and, for BERT-style models, `token_type_ids` in; `logits` [batch, labels] out.
 */
export class OnnxClassifier implements SequenceClassifier {
  private constructor(
    private readonly session: ort.InferenceSession,
    readonly path: string,
    readonly takesAttentionMask: boolean,
    readonly takesTokenTypeIds: boolean,
    /** Logits per input when the file declares it (a fixed last dimension). */
    readonly width: number | undefined,
  ) {}

  static async load(path: string, options: ClassifierSessionOptions = {}): Promise<OnnxClassifier> {
    const session = await openSession(path, options);
    try {
      const inputs = session.inputNames;
      const unknown = inputs.filter((name) => !KNOWN_INPUTS.has(name));
      const shape = outputShape(session, "logits");
      if (shape !== undefined && shape.length === 3) {
        throw new ModelError(
          "MODEL_WRONG_KIND",
          `${path} is a causal-LM decoder (its logits are [batch, sequence, vocabulary]), not a sequence classifier`,
          path,
          "use trustspec generate or score with this model; to classify, give a sequence-classification export (optimum-cli export onnx --task text-classification)",
        );
      }
      if (!inputs.includes("input_ids") || !session.outputNames.includes("logits") || unknown.length > 0) {
        const what =
          unknown.length > 0
            ? `inputs trustspec does not know: ${unknown.join(", ")}`
            : `missing ${!inputs.includes("input_ids") ? "the input input_ids" : "the output logits"}`;
        throw new ModelError(
          "MODEL_INPUTS_UNKNOWN",
          `${path} is not a sequence classifier in the optimum layout (${what}; inputs: ${inputs.join(", ")}; outputs: ${session.outputNames.join(", ")})`,
          path,
          "export with optimum-cli export onnx --task text-classification (inputs input_ids, attention_mask, token_type_ids; output logits)",
        );
      }
      const last = shape?.[1];
      return new OnnxClassifier(
        session,
        path,
        inputs.includes("attention_mask"),
        inputs.includes("token_type_ids"),
        typeof last === "number" && last > 0 ? last : undefined,
      );
    } catch (e) {
      await session.release();
      throw e;
    }
  }

  async forward(batch: ClassifierBatch): Promise<ClassifierOutput> {
    const rows = batch.inputIds.length;
    const seq = batch.inputIds[0]?.length ?? 0;
    const feeds: Record<string, ort.Tensor> = { input_ids: int64Tensor(batch.inputIds, rows, seq) };
    if (this.takesAttentionMask) feeds.attention_mask = int64Tensor(batch.attentionMask, rows, seq);
    if (this.takesTokenTypeIds) feeds.token_type_ids = int64Tensor(batch.tokenTypeIds, rows, seq);
    const out = await this.session.run(feeds);
    const logits = out.logits as ort.Tensor;
    const dims = logits.dims.map(Number);
    if (dims.length !== 2 || dims[0] !== rows) {
      throw new ModelError(
        "MODEL_INPUTS_UNKNOWN",
        `the classifier's logits have shape [${dims.join(", ")}]; a sequence classifier gives [${rows}, labels] for ${rows} inputs`,
        this.path,
        "export with optimum-cli export onnx --task text-classification",
      );
    }
    return { logits: toFloat32(logits), width: dims[1] as number };
  }

  release(): Promise<void> {
    return this.session.release();
  }
}
