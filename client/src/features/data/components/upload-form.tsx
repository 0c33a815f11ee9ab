import { useState, type FormEvent } from 'react';
import type { ProfileList } from '../../../../../server/contract/data.ts';
import type { UploadChoice } from '../api/upload-file.ts';

interface Props {
  profiles: ProfileList['profiles'];
  agencies: readonly { code: string; name: string }[];
  /** The server's size limit, once known. */
  maxBytes: number | null;
  busy: boolean;
  onSubmit: (choice: UploadChoice) => void;
  /** Given while the file is being sent. */
  onCancel?: () => void;
}

const FORMATS = [
  ['police-uk', 'data.police.uk street-level CSV'],
  ['contacts', 'Canonical contact CSV'],
  ['mapped', 'Agency export with a mapping profile'],
] as const;

const UPLOADED = '(upload a profile JSON)';
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024).toLocaleString('en-GB')} MB`;

/** Which file, in which format, with which profile and error policy. */
export function UploadForm({ profiles, agencies, maxBytes, busy, onSubmit, onCancel }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<string>('police-uk');
  const [onError, setOnError] = useState('reject-file');
  const [chosen, setProfile] = useState('');
  // The shipped profiles arrive after the first render: the first is the default until one is chosen.
  const profile = chosen || (profiles[0]?.name ?? UPLOADED);
  const [profileFile, setProfileFile] = useState<File | null>(null);
  const [agency, setAgency] = useState('');
  const mapped = format === 'mapped';
  const ownProfile = mapped && profile === UPLOADED;
  const tooLarge = file !== null && maxBytes !== null && file.size > maxBytes;
  const ready = file !== null && !tooLarge && (!ownProfile || profileFile !== null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file || !ready) return;
    onSubmit({
      file,
      format,
      onError,
      ...(mapped && !ownProfile ? { profile } : {}),
      ...(ownProfile && profileFile ? { profileFile } : {}),
      ...(mapped && agency ? { agency } : {}),
    });
  };

  return (
    <form className="upload-form" onSubmit={submit} aria-label="Load a file">
      <label className="field upload-form__file">
        <span className="field__label">
          File (.csv or .csv.gz{maxBytes !== null ? `, up to ${mb(maxBytes)}` : ''})
        </span>
        <input
          className="input"
          type="file"
          accept=".csv,.gz,text/csv,application/gzip"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <label className="field">
        <span className="field__label">Format</span>
        <select className="input" value={format} onChange={(e) => setFormat(e.target.value)}>
          {FORMATS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {mapped && (
        <label className="field">
          <span className="field__label">Mapping profile</span>
          <select className="input" value={profile} onChange={(e) => setProfile(e.target.value)}>
            {profiles.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name} ({p.agency})
              </option>
            ))}
            <option value={UPLOADED}>{UPLOADED}</option>
          </select>
        </label>
      )}
      {ownProfile && (
        <label className="field">
          <span className="field__label">Profile JSON</span>
          <input
            className="input"
            type="file"
            accept=".json,application/json"
            onChange={(e) => setProfileFile(e.target.files?.[0] ?? null)}
          />
        </label>
      )}
      {mapped && (
        <label className="field">
          <span className="field__label">Agency</span>
          <select className="input" value={agency} onChange={(e) => setAgency(e.target.value)}>
            <option value="">As the profile says</option>
            {agencies.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="upload-form__policy">
        <legend className="field__label">If some rows are bad</legend>
        <label className="check">
          <input type="radio" checked={onError === 'reject-file'} onChange={() => setOnError('reject-file')} />
          Reject the whole file (nothing is stored)
        </label>
        <label className="check">
          <input type="radio" checked={onError === 'set-aside'} onChange={() => setOnError('set-aside')} />
          Set the bad rows aside and load the good ones
        </label>
      </fieldset>
      <button className="button button--primary" type="submit" disabled={busy || !ready}>
        {busy ? 'Loading…' : 'Upload and load'}
      </button>
      {onCancel && (
        <button className="button button--secondary" type="button" onClick={onCancel}>
          Cancel upload
        </button>
      )}
      {tooLarge && (
        <p className="form-error upload-form__note" role="alert">
          {file?.name} is {mb(file?.size ?? 0)}: the upload limit is {mb(maxBytes ?? 0)} (ICSB_UPLOAD_MAX_MB).
        </p>
      )}
    </form>
  );
}
