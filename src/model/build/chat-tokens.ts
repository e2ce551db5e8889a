import type { BuiltTokenizer } from "./tokenizer-build";

/**
 * A built tokenizer made a chat model's: `tokens` (`<|im_start|>`, `[INST]`, `<|user|>` …) become
 * special added tokens after the whole vocabulary, in the order given — as instruct exports add them,
 * outside the BPE model's own vocabulary, so each encodes to its one id wherever it occurs and never
 * merges with the text around it — and `template`, when given, is the tokenizer_config.json's
 * `chat_template`. The original is left as it was.
 */
export function withChatTokens(base: BuiltTokenizer, tokens: readonly string[], template?: string): BuiltTokenizer {
  const tokenizer = base.files["tokenizer.json"] as { added_tokens: object[] };
  const config = base.files["tokenizer_config.json"] as { added_tokens_decoder?: Record<string, object> };
  const added = [...new Set(tokens)].map((content, i) => ({ id: base.vocabSize + i, content }));
  const entry = (content: string) => ({ content, lstrip: false, normalized: false, rstrip: false, single_word: false });
  return {
    ...base,
    files: {
      ...base.files,
      "tokenizer.json": {
        ...tokenizer,
        added_tokens: [
          ...tokenizer.added_tokens,
          ...added.map(({ id, content }) => ({ id, ...entry(content), special: true })),
        ],
      },
      "tokenizer_config.json": {
        ...config,
        added_tokens_decoder: {
          ...config.added_tokens_decoder,
          ...Object.fromEntries(added.map(({ id, content }) => [String(id), { ...entry(content), special: true }])),
        },
        ...(template !== undefined ? { chat_template: template } : {}),
      },
    },
    vocabSize: base.vocabSize + added.length,
  };
}
