import { useEffect, useRef, useState } from 'react';
import { fieldId } from '../../components/form/field-ids';
import { useI18n } from '../../i18n/i18n-provider';
import { MAX_SIGNATURE_IMAGE } from '../../lib/png-size';

interface Props {
  /** The drawing's path in its form: the group's id is `fieldId(name)`, for the error summary. */
  name: string;
  /** The group's name, short, as the error summary reads it (« Signature tracée »). */
  legend: string;
  /** What the pad is for, its accessible name (« Zone de signature de … : tracez votre signature »). */
  label: string;
  /** The message key of the drawing's error, if any. */
  error?: string;
  onChange: (pngDataUrl: string | null) => void;
  /**
   * A drawing to show on the pad when it opens (a draft kept across a reload). It becomes
   * the form's value only once the pad shows it: never a drawing signed that is not seen.
   */
  initial?: string;
}

/**
 * A drawing pad (mouse, touch or pen) on signature_pad, loaded only when someone draws.
 * A group, like a set of radio buttons: focusable by a failed submit or a link of the error
 * summary, it says what is wrong (the canvas itself is not an input).
 */
export function SignaturePadField({ name, legend, label, error, onChange, initial }: Props) {
  const { t, te } = useI18n();
  const id = fieldId(name);
  const errorId = error ? `${id}-error` : undefined;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<{ clear: () => void; off: () => void } | null>(null);
  const [ready, setReady] = useState(false);
  // Read when the pad opens, not a reason to open it again.
  const initialRef = useRef(initial);
  initialRef.current = initial;

  useEffect(() => {
    let disposed = false;
    const canvas = canvasRef.current;
    if (!canvas || !canvas.getContext('2d')) return;
    void import('signature_pad').then(({ default: SignaturePad }) => {
      if (disposed) return;
      // Sharp on high-density screens, but never larger than an image the documents accept.
      const fit = Math.min(
        MAX_SIGNATURE_IMAGE.width / (canvas.offsetWidth || 600),
        MAX_SIGNATURE_IMAGE.height / (canvas.offsetHeight || 200),
      );
      const ratio = Math.min(Math.max(window.devicePixelRatio || 1, 1), fit);
      canvas.width = canvas.offsetWidth * ratio || 600;
      canvas.height = canvas.offsetHeight * ratio || 200;
      canvas.getContext('2d')?.scale(ratio, ratio);
      const pad = new SignaturePad(canvas, { penColor: '#102a43' });
      pad.addEventListener('endStroke', () => onChange(pad.isEmpty() ? null : pad.toDataURL('image/png')));
      padRef.current = pad;
      const drawing = initialRef.current;
      if (drawing) {
        const size = { ratio, width: canvas.width / ratio, height: canvas.height / ratio };
        void pad.fromDataURL(drawing, size).then(
          () => {
            if (!disposed) onChange(drawing);
          },
          // An image that does not load leaves the pad blank, and nothing drawn to sign.
          () => undefined,
        );
      }
      setReady(true);
    });
    return () => {
      disposed = true;
      padRef.current?.off();
      // The pad leaves (the typed signature chosen): its drawing goes with it, or choosing
      // the drawn signature again would sign, on a blank pad, the drawing no longer shown.
      onChange(null);
    };
  }, [onChange]);

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={`choices signature-pad${error ? ' field--invalid' : ''}`}
      aria-invalid={error ? true : undefined}
      aria-describedby={errorId}
    >
      <legend>{legend}</legend>
      <p id={`${id}-label`} className="signature-pad__label">
        {label}
      </p>
      <canvas
        id={`${id}-canvas`}
        ref={canvasRef}
        role="img"
        aria-labelledby={`${id}-label`}
        className="signature-pad__canvas"
        data-ready={ready}
      />
      <button
        type="button"
        className="button button--link"
        onClick={() => {
          padRef.current?.clear();
          onChange(null);
        }}
      >
        {t('signing.clearPad')}
      </button>
      {error && (
        <p id={errorId} className="field__error">
          {te(error)}
        </p>
      )}
    </fieldset>
  );
}
