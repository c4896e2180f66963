import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, VARIABLES } from "../../src/config.ts";

describe("configuration", () => {
  it("starts with safe defaults and no secrets (embedded database, Dutch)", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toBe("./data");
    expect(config.DEFAULT_LOCALE).toBe("nl");
    expect(config.SLACK_API_URL).toBe("https://slack.com/api/");
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["LOG_LEVEL", "loud"],
    ["DATABASE_URL", "mysql://db"],
    ["DEFAULT_LOCALE", "fr"],
    ["WORKING_HOURS", "8-5"],
    ["SLACK_BOT_TOKEN", "not-a-token"],
    ["SLACK_API_URL", "slack"],
    ["CHAT_RATE_LIMIT_PER_MINUTE", "0"],
    ["CHAT_RATE_LIMIT_PER_MINUTE", "fast"],
    ["CHAT_RATE_LIMIT_PER_MINUTE", "2.5"],
  ])("a wrong %s stops the start with a one-line message naming it", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect((error as Error).message.startsWith(`${name}:`)).toBe(true);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("never echoes a secret's value in the error", () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "secret-value-123" })).toThrow(/^SLACK_BOT_TOKEN:/);
    try {
      loadConfig({ SLACK_BOT_TOKEN: "secret-value-123" });
    } catch (error) {
      expect((error as Error).message).not.toContain("secret-value-123");
    }
  });

  it("reads secrets from *_FILE variables", () => {
    const dir = mkdtempSync(join(tmpdir(), "nabuur-secret-"));
    writeFileSync(join(dir, "token"), "xoxb-from-file\n");
    writeFileSync(join(dir, "secret"), "signing-from-file");
    const config = loadConfig({
      SLACK_BOT_TOKEN_FILE: join(dir, "token"),
      SLACK_SIGNING_SECRET_FILE: join(dir, "secret"),
    });
    expect(config.SLACK_BOT_TOKEN).toBe("xoxb-from-file");
    expect(config.SLACK_SIGNING_SECRET).toBe("signing-from-file");
    expect(() => loadConfig({ SLACK_BOT_TOKEN_FILE: join(dir, "missing") })).toThrow(
      /^SLACK_BOT_TOKEN_FILE:/,
    );
  });

  it("wants both Slack HTTP credentials together", () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(/SLACK_SIGNING_SECRET/);
  });

  it("describes every variable (the README mirrors this list)", () => {
    for (const [name, spec] of Object.entries(VARIABLES)) {
      expect(spec.description.length, name).toBeGreaterThan(10);
    }
  });

  it("lists every variable in the README's configuration table", () => {
    const readme = readFileSync(join(import.meta.dirname, "../../README.md"), "utf8");
    for (const name of Object.keys(VARIABLES)) expect(readme, name).toContain(`| \`${name}\` |`);
  });

  it("limits chat commands and clicks per member per minute (default 60)", () => {
    expect(loadConfig({}).CHAT_RATE_LIMIT_PER_MINUTE).toBe(60);
    expect(loadConfig({ CHAT_RATE_LIMIT_PER_MINUTE: "5" }).CHAT_RATE_LIMIT_PER_MINUTE).toBe(5);
  });
});
