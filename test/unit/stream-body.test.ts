/** Streamed endpoint bodies: many small pieces in bounded chunks, never one giant string. */
import { describe, expect, it } from 'vitest';
import { streamPieces } from '../../src/view-models/stream-body.ts';

describe('streamPieces', () => {
  it('sends 100,000 records in chunks of about 64 KB, pulled as the reader asks', async () => {
    let produced = 0;
    function* records() {
      for (let i = 0; i < 100_000; i++) {
        produced++;
        yield `{"indexNo":"11990000MB0000001X/2026-${String(i).padStart(5, '0')}","title":"示例文件标题第${i}号"},\n`;
      }
    }
    const reader = streamPieces(records()).getReader();
    const first = await reader.read();
    // Only the first chunk's records have been made so far.
    expect(produced).toBeLessThan(2_000);
    let bytes = first.value!.byteLength;
    let largest = bytes;
    let chunks = 1;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      bytes += value.byteLength;
      largest = Math.max(largest, value.byteLength);
    }
    expect(produced).toBe(100_000);
    expect(chunks).toBeGreaterThan(50);
    // 64 Ki characters of mostly CJK text at most 3 bytes each, plus one record.
    expect(largest).toBeLessThan(3 * 65_536 + 200);
    expect(bytes).toBeGreaterThan(7_000_000);
  });

  it('keeps the text intact across chunk boundaries', async () => {
    const pieces = Array.from({ length: 5_000 }, (_, i) => `第${i}条，`);
    const text = await new Response(streamPieces(pieces)).text();
    expect(text).toBe(pieces.join(''));
  });
});
