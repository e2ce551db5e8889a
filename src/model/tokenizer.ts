import { join } from "node:path";
import { Tokenizer } from "@huggingface/tokenizers";
import { type FileAccess, readText } from "../spec/file-access";
import { failureReason } from "../spec/read-problem";
import { fasterBpe } from "./bpe-merge";
import { readJsonObject } from "./json-file";
import type { ModelConfig } from "./model-config";
import { ModelError } from "./model-error";

/** A context and continuation as token ids, split the way lm-evaluation-harness splits them. */
export interface ContinuationSplit {
  readonly contextIds: readonly number[];
  readonly continuationIds: readonly number[];
  /**
   * False when encoding context + continuation did not start with the context's own tokens, so the
   * continuation was encoded on its own (the boundary then differs from a joint encoding).
   */
  readonly exact: boolean;
}

/** A classifier's input as token ids: special tokens included, truncated to fit when it has to be. */
export interface ClassifierEncoding {
  readonly ids: number[];
  /** 0 for the first text (and its special tokens), 1 for a pair's second text, as the post-processor says. */
  readonly typeIds: number[];
  /** Whether tokens were cut to fit `maxLength`. */
  readonly truncated: boolean;
}

/**
 * The model's tokenizer (tokenizer.json through @huggingface/tokenizers, honouring
 * tokenizer_config.json), with the two boundary rules log-likelihood scoring and generation need.
 */
export class TextTokenizer {
  constructor(
    private readonly tokenizer: Tokenizer,
    /** Id put before an empty context: BOS, or EOS for models that have none (GPT-2). */
    readonly startId: number | undefined,
    readonly bosTokenId: number | undefined,
    readonly eosTokenIds: readonly number[],
    readonly vocabSize: number,
    /** The longest token's text, in UTF-16 units (byte-level tokens: one unit per byte): no token covers more text. */
    readonly maxTokenChars: number,
  ) {}

  /** Token ids of a text; special tokens (e.g. BOS) are added the way tokenizer_config.json says. */
  encode(text: string, options: { addSpecialTokens?: boolean } = {}): number[] {
    return this.tokenizer.encode(text, { add_special_tokens: options.addSpecialTokens ?? true }).ids;
  }

  /**
   * The input of a sequence classifier: the text (and pair) with the special tokens and type ids the
   * tokenizer's post-processor gives ([CLS] A [SEP] B [SEP] for BERT). When that is longer than
   * `maxLength`, the texts are cut as transformers' default truncation ("longest_first") cuts them —
   * one token at a time from the end of the longer text (the second text on a tie) — and the special
   * tokens are put back around what is left, so [CLS] … [SEP] survive.
   */
  encodeForClassifier(text: string, pair: string | undefined, maxLength: number | undefined): ClassifierEncoding {
    // The library treats an empty pair as no pair; so do we, on both paths.
    const second = pair === undefined || pair === "" ? null : pair;
    const whole = this.tokenizer.encode(text, { text_pair: second, return_token_type_ids: true });
    if (maxLength === undefined || whole.ids.length <= maxLength) {
      return { ids: whole.ids, typeIds: whole.token_type_ids ?? whole.ids.map(() => 0), truncated: false };
    }
    const first = this.tokenizer.encode(text, { add_special_tokens: false }).tokens;
    const rest = second === null ? [] : this.tokenizer.encode(second, { add_special_tokens: false }).tokens;
    const room = maxLength - (whole.ids.length - first.length - rest.length);
    if (room < 0) {
      throw new Error(`internal: ${maxLength} tokens cannot hold the tokenizer's special tokens`);
    }
    while (first.length + rest.length > room) {
      if (first.length > rest.length) first.pop();
      else rest.pop();
    }
    const processor = this.tokenizer.post_processor;
    const processed: { tokens: string[]; token_type_ids?: number[] } = processor
      ? processor.post_process(first, second === null ? null : rest, true)
      : { tokens: [...first, ...rest] };
    const ids = processed.tokens.map((token) => this.idOfToken(token));
    return { ids, typeIds: processed.token_type_ids ?? ids.map(() => 0), truncated: true };
  }

  private addedIds: Map<string, number> | undefined;

  /** A token's id the way the tokenizer's encode maps it: added tokens first, then the vocabulary, then unk. */
  private idOfToken(token: string): number {
    this.addedIds ??= new Map([...this.tokenizer.get_added_tokens_decoder().values()].map((t) => [t.content, t.id]));
    const id = this.addedIds.get(token) ?? this.tokenizer.token_to_id(token) ?? this.tokenizer.model?.unk_token_id;
    if (id === undefined) throw new Error(`internal: the tokenizer has no id for the token ${JSON.stringify(token)}`);
    return id;
  }

  /** The text of token ids, without special tokens. */
  decode(ids: readonly number[]): string {
    if (ids.length === 0) return "";
    return this.tokenizer.decode([...ids], { skip_special_tokens: true });
  }

  /**
   * lm-evaluation-harness's boundary rule: encode context + continuation together and split at the
   * context's token count, so the continuation is tokenised as it would follow the context. When
   * the joint encoding does not start with the context's tokens, fall back to encoding the
   * continuation alone and say so. An empty context scores from the start token. A context a chat
   * template rendered is encoded with `addSpecialTokens: false` (it holds its own BOS and markers).
   */
  splitContinuation(
    context: string,
    continuation: string,
    options: { addSpecialTokens?: boolean } = {},
  ): ContinuationSplit {
    return this.splitContinuations(context, [continuation], options)[0] as ContinuationSplit;
  }

  /**
   * {@link splitContinuation} of each continuation after one context, which is encoded once: a
   * multiple-choice item's choices share it (per choice it was a third of the encoding).
   */
  splitContinuations(
    context: string,
    continuations: readonly string[],
    options: { addSpecialTokens?: boolean } = {},
  ): ContinuationSplit[] {
    if (context === "") {
      const start = this.startId === undefined ? [] : [this.startId];
      return continuations.map((c) => ({
        contextIds: start,
        continuationIds: this.encode(c, { addSpecialTokens: false }),
        exact: true,
      }));
    }
    const contextIds = this.encode(context, options);
    return continuations.map((continuation) => {
      const whole = this.encode(context + continuation, options);
      const prefixMatches = contextIds.every((id, i) => whole[i] === id);
      if (prefixMatches && whole.length > contextIds.length) {
        return { contextIds, continuationIds: whole.slice(contextIds.length), exact: true };
      }
      return { contextIds, continuationIds: this.encode(continuation, { addSpecialTokens: false }), exact: false };
    });
  }

  /**
   * The text of token ids and where each token starts in it (UTF-16 units), for prompt log-probs
   * (OpenAI's text_offset): the library's encodings carry no offsets. A special token (BOS) decodes
   * to nothing: it starts where the next text does and covers none. The tokens of one character split
   * into bytes (byte-fallback or byte-level tokens) decode to U+FFFD until the character is whole: all
   * but the last start at the character and cover nothing, the last covers the whole character (two
   * units for an emoji). The offsets never decrease and `text.slice(offsets[i], offsets[i + 1])` is
   * token i's text, so the pieces add up to the text (the decoding of all the ids, which is the
   * encoded text for tokenizers that round-trip it).
   *
   * Each token's text is read as vLLM's detokenizer reads it: decoded after the token before it (and
   * any still waiting to make a whole character), minus what those decode to, so the decoder's
   * start-of-text rules (SentencePiece's first space) apply only at the start; O(n). When those
   * pieces do not add up to the text (a decoder whose output for a token depends on more than that),
   * the offsets are {@link exactTokenOffsets}'s.
   */
  tokenOffsets(ids: readonly number[]): { text: string; offsets: number[] } {
    const text = this.decode(ids);
    const offsets: number[] = [];
    let joined = "";
    // The tokens from `prefix` to `read` are decoded before each new one (`before`); `read` is where the text read so far ends.
    let prefix = 0;
    let read = 0;
    let before = "";
    for (let i = 0; i < ids.length; i++) {
      offsets.push(joined.length);
      const after = this.decode(ids.slice(prefix, i + 1));
      // Nothing new, or a character not yet whole: the token waits, covering nothing where the text goes on.
      if (after.length <= before.length || after.endsWith("\uFFFD") || !after.startsWith(before)) continue;
      joined += after.slice(before.length);
      prefix = read;
      read = i + 1;
      before = this.decode(ids.slice(prefix, read));
    }
    return joined === text ? { text, offsets } : this.exactTokenOffsets(ids);
  }

  /**
   * {@link tokenOffsets} by its definition: token i starts where the decoding of the tokens before it
   * stops agreeing with the decoding of them all. Decodes every prefix: O(n²) in the token count.
   */
  exactTokenOffsets(ids: readonly number[]): { text: string; offsets: number[] } {
    const text = this.decode(ids);
    const offsets = ids.map((_, i) => {
      const before = this.decode(ids.slice(0, i));
      let common = 0;
      const most = Math.min(before.length, text.length);
      while (common < most && before.charCodeAt(common) === text.charCodeAt(common)) common++;
      return common;
    });
    for (let i = offsets.length - 2; i >= 0; i--) offsets[i] = Math.min(offsets[i] as number, offsets[i + 1] as number);
    return { text, offsets };
  }

  /**
   * The text of generated tokens: decode prompt + new tokens and cut off the decoded prompt, so a
   * leading space survives (SentencePiece decoders drop it when new tokens are decoded alone).
   */
  decodeContinuation(promptIds: readonly number[], newIds: readonly number[]): string {
    const prompt = this.decode(promptIds);
    const whole = this.decode([...promptIds, ...newIds]);
    return whole.startsWith(prompt) ? whole.slice(prompt.length) : this.decode(newIds);
  }
}

/** The content of a special-token entry, written as a string or as {content: …}. */
function tokenText(entry: unknown): string | undefined {
  if (typeof entry === "string") return entry;
  if (entry !== null && typeof entry === "object" && typeof (entry as { content?: unknown }).content === "string") {
    return (entry as { content: string }).content;
  }
  return undefined;
}

/** Loads tokenizer.json with tokenizer_config.json and special_tokens_map.json from a model directory. */
export function loadTokenizer(
  dir: string,
  files: FileAccess,
  config: Pick<ModelConfig, "bosTokenId" | "eosTokenIds">,
): TextTokenizer {
  const path = join(dir, "tokenizer.json");
  const read = readText(files, path);
  if (!("text" in read) && read.reason !== "missing") {
    throw new ModelError("TOKENIZER_INVALID", `${path} ${failureReason(read)}`, path, "re-save the tokenizer");
  }
  if (!("text" in read)) {
    throw new ModelError(
      "TOKENIZER_MISSING",
      "the model directory has no tokenizer.json",
      path,
      "save the tokenizer with the model (optimum-cli export onnx does), or copy tokenizer.json from the original model",
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    throw new ModelError(
      "TOKENIZER_INVALID",
      `tokenizer.json is not valid JSON: ${String(e)}`,
      path,
      "re-save the tokenizer",
    );
  }
  const tokenizerConfig = readJsonObject(files, join(dir, "tokenizer_config.json"), "TOKENIZER_INVALID") ?? {};
  const specialMap = readJsonObject(files, join(dir, "special_tokens_map.json"), "TOKENIZER_INVALID") ?? {};
  // Decoded text must be what the model produced: no "clean-up" of spaces before punctuation
  // unless the model's tokenizer_config.json asks for it (transformers' newer default, too).
  const settings: Record<string, unknown> = { clean_up_tokenization_spaces: false, ...specialMap, ...tokenizerConfig };
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(json as object, settings);
  } catch (e) {
    throw new ModelError(
      "TOKENIZER_INVALID",
      `tokenizer.json cannot be loaded: ${e instanceof Error ? e.message : String(e)}`,
      path,
      "check that it is a Hugging Face tokenizers file (tokenizer.json), not a vocabulary or sentencepiece model",
    );
  }
  fasterBpe(tokenizer.model);
  const idOf = (entry: unknown) => {
    const text = tokenText(entry);
    return text === undefined ? undefined : tokenizer.token_to_id(text);
  };
  const bos = config.bosTokenId ?? idOf(settings.bos_token);
  const eosFromTokenizer = idOf(settings.eos_token);
  const eos = [...new Set([...config.eosTokenIds, ...(eosFromTokenizer === undefined ? [] : [eosFromTokenizer])])];
  const vocab = tokenizer.get_vocab(true);
  let maxTokenChars = 1;
  for (const token of vocab.keys()) maxTokenChars = Math.max(maxTokenChars, token.length);
  return new TextTokenizer(tokenizer, bos ?? eos[0], bos, eos, vocab.size, maxTokenChars);
}
