/**
 * Runs the adaptivecards parser over cards in a plain Node child (parse-cards.cjs): jest cannot load jsdom 29.
 * Not named parse-cards.ts: jest resolves an extensionless "./parse-cards" to the .cjs first.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ParseResult {
  name: string;
  problems: string[];
  inputs: number;
}

export function parseWithAdaptiveCards(cards: { name: string; card: Record<string, unknown> }[]): ParseResult[] {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cards-')), 'cards.json');
  fs.writeFileSync(file, JSON.stringify(cards));
  try {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'parse-cards.cjs'), file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out) as ParseResult[];
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
