import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { MAX_SIGNATURE_IMAGE } from '../../lib/png-size';

interface Props {
  id: string;
  label: string;
  onChange: (pngDataUrl: string | null) => void;
}

/** A drawing pad (mouse, touch or pen) on signature_pad, loaded only when someone draws. */
export function SignaturePadField({ id, label, onChange }: Props) {
  const { t } = useI18n();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<{ clear: () => void; off: () => void } | null>(null);
  const [ready, setReady] = useState(false);

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
      setReady(true);
    });
    return () => {
      disposed = true;
      padRef.current?.off();
    };
  }, [onChange]);

  return (
    <div className="signature-pad">
      <p id={`${id}-label`} className="signature-pad__label">
        {label}
      </p>
      <canvas
        id={id}
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
    </div>
  );
}
