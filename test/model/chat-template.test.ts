import { withChatTokens } from "../../src/model/build/chat-tokens";
import { buildTokenizer } from "../../src/model/build/tokenizer-build";
import {
  type ChatMessage,
  type ChatTemplate,
  ChatTemplateRefusal,
  readChatTemplate,
  renderChat,
} from "../../src/model/chat-template";
import { ModelError } from "../../src/model/model-error";
import { loadTokenizer } from "../../src/model/tokenizer";
import { memoryFiles } from "../../src/spec/file-access";

/**
 * Chat templates as transformers' apply_chat_template renders them: the templates of the common
 * families (as their model repositories publish them), rendered with trim_blocks and lstrip_blocks,
 * the special tokens as strings and raise_exception, checked against renderings written out here;
 * where a model keeps its template; and the rendered text tokenised without a second BOS, its special
 * tokens to their ids.
 */
const TOKENS = { bos_token: "<s>", eos_token: "</s>", unk_token: "<unk>" };
const template = (text: string, tokens: Record<string, string> = TOKENS): ChatTemplate => ({
  source: "/m/tokenizer_config.json",
  text,
  tokens,
});

const CHATML =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
const LLAMA2 =
  "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}{% set system_message = false %}{% endif %}{% for message in loop_messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}{% else %}{% set content = message['content'] %}{% endif %}{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}";
const LLAMA3 =
  "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n'+ message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}";
const MISTRAL =
  "{{ bos_token }}{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token}}{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}{% endfor %}";
const GEMMA =
  "{{ bos_token }}{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}{% for message in messages %}{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}{% if (message['role'] == 'assistant') %}{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}{{ '<start_of_turn>' + role + '\\n' + message['content'] | trim + '<end_of_turn>\\n' }}{% endfor %}{% if add_generation_prompt %}{{'<start_of_turn>model\\n'}}{% endif %}";
// Zephyr's template is written over several lines: trim_blocks and lstrip_blocks decide its output.
const ZEPHYR = `{% for message in messages %}
{% if message['role'] == 'user' %}
{{ '<|user|>\\n' + message['content'] + eos_token }}
{% elif message['role'] == 'system' %}
{{ '<|system|>\\n' + message['content'] + eos_token }}
{% elif message['role'] == 'assistant' %}
{{ '<|assistant|>\\n'  + message['content'] + eos_token }}
{% endif %}
{% if loop.last and add_generation_prompt %}
{{ '<|assistant|>' }}
{% endif %}
{% endfor %}`;
const PHI3 =
  "{% for message in messages %}{% if message['role'] == 'system' %}{{'<|system|>\\n' + message['content'] + '<|end|>\\n'}}{% elif message['role'] == 'user' %}{{'<|user|>\\n' + message['content'] + '<|end|>\\n'}}{% elif message['role'] == 'assistant' %}{{'<|assistant|>\\n' + message['content'] + '<|end|>\\n'}}{% endif %}{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% else %}{{ eos_token }}{% endif %}";

const SYSTEM: ChatMessage = { role: "system", content: "You are a helpful assistant." };
const USER: ChatMessage = { role: "user", content: "Is the sky green?" };
const ASSISTANT: ChatMessage = { role: "assistant", content: "No." };
const AGAIN: ChatMessage = { role: "user", content: "Why not?" };

describe("renderChat, family by family", () => {
  it.each([
    [
      "ChatML (Qwen)",
      CHATML,
      [SYSTEM, USER],
      "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\nIs the sky green?<|im_end|>\n<|im_start|>assistant\n",
    ],
    [
      "Llama-2",
      LLAMA2,
      [SYSTEM, USER, ASSISTANT, AGAIN],
      "<s>[INST] <<SYS>>\nYou are a helpful assistant.\n<</SYS>>\n\nIs the sky green? [/INST] No. </s><s>[INST] Why not? [/INST]",
    ],
    [
      "Llama-3",
      LLAMA3,
      [SYSTEM, USER],
      "<s><|start_header_id|>system<|end_header_id|>\n\nYou are a helpful assistant.<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nIs the sky green?<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
    ],
    ["Mistral", MISTRAL, [USER, ASSISTANT, AGAIN], "<s>[INST] Is the sky green? [/INST]No.</s>[INST] Why not? [/INST]"],
    ["Gemma", GEMMA, [USER], "<s><start_of_turn>user\nIs the sky green?<end_of_turn>\n<start_of_turn>model\n"],
    [
      "Zephyr",
      ZEPHYR,
      [SYSTEM, USER],
      "<|system|>\nYou are a helpful assistant.</s>\n<|user|>\nIs the sky green?</s>\n<|assistant|>\n",
    ],
    [
      "Phi-3",
      PHI3,
      [SYSTEM, USER],
      "<|system|>\nYou are a helpful assistant.<|end|>\n<|user|>\nIs the sky green?<|end|>\n<|assistant|>\n",
    ],
  ])("%s", (_, text, messages, expected) => {
    expect(renderChat(template(text), messages)).toBe(expected);
  });

  it("leaves the generation prompt out when asked", () => {
    expect(renderChat(template(CHATML), [USER], { addGenerationPrompt: false })).toBe(
      "<|im_start|>user\nIs the sky green?<|im_end|>\n",
    );
    expect(renderChat(template(PHI3), [USER], { addGenerationPrompt: false })).toBe(
      "<|user|>\nIs the sky green?<|end|>\n</s>",
    );
  });

  it("gives a template's refusal in its own words", () => {
    const refused = (text: string, messages: ChatMessage[]) => {
      try {
        renderChat(template(text), messages);
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const mistral = refused(MISTRAL, [SYSTEM, USER]);
    expect(mistral).toBeInstanceOf(ChatTemplateRefusal);
    expect((mistral as Error).message).toBe("Conversation roles must alternate user/assistant/user/assistant/...");
    expect((refused(GEMMA, [SYSTEM, USER]) as Error).message).toBe("System role not supported");
    expect((refused(LLAMA2, [USER, AGAIN]) as Error).message).toMatch(/^Conversation roles must alternate/);
    expect(refused(GEMMA, [USER])).toBeUndefined();
  });

  it("reports a template that does not parse as the model's file, not as a refusal", () => {
    expect(() => renderChat(template("{% for m in messages %}{{ m.content }}"), [USER])).toThrow(ModelError);
  });
});

describe("readChatTemplate", () => {
  const config = (extra: object) => JSON.stringify({ bos_token: "<s>", eos_token: { content: "</s>" }, ...extra });

  it("reads tokenizer_config.json's chat_template with the special tokens as strings", () => {
    const found = readChatTemplate(
      "/m",
      memoryFiles({ "/m/tokenizer_config.json": config({ chat_template: CHATML }) }),
    );
    expect(found).toEqual({
      source: "/m/tokenizer_config.json",
      text: CHATML,
      tokens: { bos_token: "<s>", eos_token: "</s>" },
    });
  });

  it("picks a named template from a list, 'default' unless asked", () => {
    const files = memoryFiles({
      "/m/tokenizer_config.json": config({
        chat_template: [
          { name: "tool_use", template: "T" },
          { name: "default", template: "D" },
        ],
      }),
    });
    expect(readChatTemplate("/m", files)?.text).toBe("D");
    expect(readChatTemplate("/m", files, "tool_use")?.text).toBe("T");
    expect(() => readChatTemplate("/m", files, "rag")).toThrow(
      /has no chat template named "rag" \(it has "tool_use", "default"\)/,
    );
  });

  it("prefers chat_template.jinja, then chat_template.json, as newer exports write them", () => {
    const both = {
      "/m/tokenizer_config.json": config({ chat_template: "from config" }),
      "/m/chat_template.json": JSON.stringify({ chat_template: "from json" }),
    };
    expect(readChatTemplate("/m", memoryFiles(both))?.text).toBe("from json");
    const all = memoryFiles({ ...both, "/m/chat_template.jinja": "from jinja" });
    expect(readChatTemplate("/m", all)).toMatchObject({ source: "/m/chat_template.jinja", text: "from jinja" });
  });

  it("is undefined for a model without one, and an error naming the file for one that is broken", () => {
    expect(readChatTemplate("/m", memoryFiles({ "/m/tokenizer_config.json": config({}) }))).toBeUndefined();
    const broken = memoryFiles({ "/m/tokenizer_config.json": config({ chat_template: 7 }) });
    expect(() => readChatTemplate("/m", broken)).toThrow(/\/m\/tokenizer_config\.json: chat_template is neither/);
  });
});

describe("the rendered text as token ids", () => {
  const chat = withChatTokens(buildTokenizer("sentencepiece-bpe"), ["<|im_start|>", "<|im_end|>"]);
  const files = memoryFiles(
    Object.fromEntries(Object.entries(chat.files).map(([name, json]) => [`/m/${name}`, JSON.stringify(json)])),
  );
  const tokenizer = loadTokenizer("/m", files, {
    bosTokenId: chat.bosTokenId,
    eosTokenIds: [chat.eosTokenId as number],
  });
  const start = chat.vocabSize - 2;
  const end = chat.vocabSize - 1;

  it("maps each special token in the text to its one id, never splitting or merging it", () => {
    const text = renderChat(template(CHATML), [USER]);
    const ids = tokenizer.encode(text, { addSpecialTokens: false });
    expect(ids.filter((id) => id === start)).toHaveLength(2);
    expect(ids.filter((id) => id === end)).toHaveLength(1);
    expect(ids[0]).toBe(start);
    // The text between the markers is ordinary tokens: none of them is a special id.
    expect(ids.filter((id) => id >= start)).toEqual([start, end, start]);
  });

  it("gives a template that writes <s> exactly one BOS when encoded without special tokens", () => {
    const text = renderChat(template(LLAMA2), [USER]);
    expect(text.startsWith("<s>[INST]")).toBe(true);
    const bos = chat.bosTokenId as number;
    const count = (ids: number[]) => ids.filter((id) => id === bos).length;
    expect(count(tokenizer.encode(text, { addSpecialTokens: false }))).toBe(1);
    // What apply_chat_template avoids: the post-processor's BOS on top of the template's.
    expect(count(tokenizer.encode(text))).toBe(2);
  });
});
