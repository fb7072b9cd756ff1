/**
 * What the content check found inside each version of an attachment, kept
 * between builds by the file's SHA-256: its facts (text or not, scan, screen
 * reader), why it could not be read, and its personal-data findings (the
 * first few and the total). A rebuild with unchanged attachments then reads
 * neither the extracted text nor scans it again: a stat per file is left.
 * The results are keyed on the framework code as the check cache is
 * (check-cache.ts), so a changed detector or reader finds everything again;
 * only the versions the build used are kept.
 */
import path from 'node:path';
import { RunMemo } from '../fs/run-memo.ts';
import { frameworkFingerprint } from './check-cache.ts';
import type { PersonalDataFinding } from './personal-data.ts';

export interface AttachmentFinding extends Pick<PersonalDataFinding, 'kind' | 'masked'> {
  /** Page, paragraph or cell, as the reader names it. */
  where: string;
}

export interface FoundInAttachment {
  hasText: boolean;
  imageOnly: boolean;
  notFriendly?: string | undefined;
  hasView: boolean;
  /** Set when the file could not be read. */
  unreadable?: string | undefined;
  /** The first findings shown for the file. */
  shown: AttachmentFinding[];
  /** All findings in the file. */
  total: number;
}

export class AttachmentFindings {
  private readonly memo: RunMemo<FoundInAttachment>;

  constructor(cacheDir: string) {
    this.memo = new RunMemo(path.join(cacheDir, 'attachment-findings.json'), frameworkFingerprint());
  }

  /** This version's findings: remembered, else made by `find` (which reads the extracted text). */
  of(sha256: string, find: () => FoundInAttachment): FoundInAttachment {
    let found = this.memo.next.get(sha256) ?? this.memo.previous.get(sha256);
    found ??= find();
    this.memo.next.set(sha256, found);
    return found;
  }

  save(): void {
    this.memo.save();
  }
}
