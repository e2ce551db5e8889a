/**
 * Compiles the vocabulary kernel (src/model/wasm/vocabulary-wat.ts) into
 * src/model/wasm/vocabulary-kernel.generated.ts, its bytes in base64. wabt is a dev dependency:
 * the package ships the bytes, not the compiler. A test fails when the committed bytes are stale.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { vocabularyWat } from "../src/model/wasm/vocabulary-wat";

const out = join(__dirname, "..", "src", "model", "wasm", "vocabulary-kernel.generated.ts");

export async function compileVocabularyKernel(): Promise<Uint8Array> {
  const wabt = await (require("wabt") as () => Promise<WabtModule>)();
  const module = wabt.parseWat("vocabulary.wat", vocabularyWat(), { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}

export function generatedSource(bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes).toString("base64");
  const lines = base64.match(/.{1,100}/g) ?? [];
  return `/* Generated from src/model/wasm/vocabulary-wat.ts by \`npm run gen:wasm\`. Do not edit by hand. */\nexport const VOCABULARY_KERNEL =\n${lines.map((l) => `  "${l}"`).join(" +\n")};\n`;
}

interface WabtModule {
  parseWat(
    name: string,
    text: string,
    features: Record<string, boolean>,
  ): { validate(): void; toBinary(options: object): { buffer: Uint8Array }; destroy(): void };
}

if (require.main === module) {
  compileVocabularyKernel().then((bytes) => {
    writeFileSync(out, generatedSource(bytes));
    process.stdout.write(`wrote ${out} (${bytes.length} bytes)\n`);
  });
}
