/**
 * Response bodies made of many small pieces (CSV lines, JSON records):
 * pulled piece by piece and sent in ~64 KB chunks, so a 100,000-row file is
 * never built up as one giant JavaScript string. (Astro collects a static
 * endpoint's body into one buffer before writing it; that copy is bytes,
 * half the size of the same text as a string.)
 */
const CHUNK = 64 * 1024;

export function streamPieces(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      let text = '';
      while (text.length < CHUNK) {
        const next = iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
}

export function streamResponse(pieces: Iterable<string>, contentType: string): Response {
  return new Response(streamPieces(pieces), { headers: { 'content-type': contentType } });
}
