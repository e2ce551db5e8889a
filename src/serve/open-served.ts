import { basename } from "node:path";
import type { ModelDriver } from "../model/driver";
import { readModelConfig } from "../model/model-config";
import { loadTokenizer } from "../model/tokenizer";
import type { RenderConversation } from "../run/calls";
import { ConversationError, conversationRenderer } from "../run/conversations";
import type { ModelTarget } from "../run/infer";
import { diskFiles } from "../spec/file-access";
import { chatUnavailable, type ServedModel } from "./served-model";

/**
 * The model a server answers for: its id (`name`, else the config's name for it, else its folder's
 * name), its tokenizer, and its chat template as `trustspec run` would use it (the config's `chat:`
 * file and `system: merge`, for a configured model).
 */
export function servedModel(driver: ModelDriver, target: ModelTarget, configured: boolean, name?: string): ServedModel {
  const dir = driver.info.dir;
  const tokenizer = loadTokenizer(dir, diskFiles, readModelConfig(dir, diskFiles));
  let renderer: RenderConversation | undefined;
  return {
    id: name ?? (configured ? target.name : basename(dir)),
    driver,
    tokenizer,
    renderChat: (messages) => {
      try {
        renderer ??= conversationRenderer(target);
        return renderer(messages);
      } catch (e) {
        if (!(e instanceof ConversationError)) throw e;
        throw chatUnavailable(
          e.failure.message
            .replace("this spec's messages need", "a conversation needs")
            .replace("this spec's messages", "a conversation")
            .replace("this spec gives it messages", "was given a conversation"),
        );
      }
    },
  };
}
