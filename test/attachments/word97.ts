/**
 * A Word 97–2003 document (.doc) written from scratch, for the sample
 * attachments: there is no LibreOffice or Word here to save one, and no
 * permissively licensed real .doc with our own text to check in.
 *
 * The file has what a reader of the binary format ([MS-DOC]) needs for the
 * text: an OLE compound file (written by SheetJS's CFB module) holding a
 * `WordDocument` stream that starts with a Word 97 File Information Block
 * (FibBase, FibRgW97, FibRgLw97 and the 93 pairs of FibRgFcLcb97, 900 bytes)
 * followed by the text in UTF-16LE, and a `1Table` stream holding the piece
 * table (Clx → Pcdt → PlcPcd) that maps character positions to that text.
 * Formatting (style sheet, character and paragraph runs) is left out, as a
 * document with only default formatting may; paragraphs end with \r.
 */
import * as XLSX from '@e965/xlsx';

const FIB_SIZE = 0x384;
/** Where the text starts in the WordDocument stream (the first 512-byte sector after the FIB). */
const TEXT_FC = 0x400;
const LID_ZH_CN = 0x0804;

/** `paragraphs` become the main document's text, each ending with a paragraph mark. */
export function word97Document(paragraphs: readonly string[]): Buffer {
  const text = paragraphs.map((p) => `${p}\r`).join('');
  const textBytes = Buffer.from(text, 'utf16le');
  const ccpText = text.length;

  // 1Table: the Clx, here only its Pcdt: clxt 2, the PlcPcd's size, then the PlcPcd:
  // character positions [0, ccpText] and one Pcd whose fc (bit 30 clear) says the text is UTF-16LE at TEXT_FC.
  const plcPcd = Buffer.alloc(4 * 2 + 8);
  plcPcd.writeUInt32LE(0, 0);
  plcPcd.writeUInt32LE(ccpText, 4);
  plcPcd.writeUInt16LE(0, 8); // Pcd flags
  plcPcd.writeUInt32LE(TEXT_FC, 10); // FcCompressed: fc, fCompressed = 0
  plcPcd.writeUInt16LE(0, 14); // Prm: no property modifications
  const clx = Buffer.concat([Buffer.from([0x02]), uint32(plcPcd.length), plcPcd]);

  const stream = Buffer.alloc(TEXT_FC + textBytes.length);
  // FibBase
  stream.writeUInt16LE(0xa5ec, 0x00); // wIdent: Word binary file
  stream.writeUInt16LE(0x00c1, 0x02); // nFib: Word 97
  stream.writeUInt16LE(LID_ZH_CN, 0x06); // lid
  // flags: fWhichTblStm (the table stream is 1Table), fExtChar (extended characters), fFarEast (an East Asian Word made it)
  stream.writeUInt16LE(0x0200 | 0x1000 | 0x4000, 0x0a);
  stream.writeUInt16LE(0x00bf, 0x0c); // nFibBack
  // FibRgW97: 14 16-bit values, the last one lidFE
  stream.writeUInt16LE(14, 0x20);
  stream.writeUInt16LE(LID_ZH_CN, 0x22 + 13 * 2);
  // FibRgLw97: 22 32-bit values
  stream.writeUInt16LE(22, 0x3e);
  stream.writeUInt32LE(stream.length, 0x40); // cbMac: bytes of the stream in use
  stream.writeUInt32LE(ccpText, 0x4c); // ccpText: characters of the main document
  // FibRgFcLcb97: 93 (fc, lcb) pairs; pair 33 is the Clx in the table stream
  stream.writeUInt16LE(0x5d, 0x98);
  stream.writeUInt32LE(0, 0x9a + 33 * 8); // fcClx
  stream.writeUInt32LE(clx.length, 0x9a + 33 * 8 + 4); // lcbClx
  stream.writeUInt16LE(0, FIB_SIZE - 2); // cswNew: no FibRgCswNew
  textBytes.copy(stream, TEXT_FC);

  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, 'WordDocument', stream);
  XLSX.CFB.utils.cfb_add(cfb, '1Table', clx);
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}
