import { Box, Button, Group, Input, Text } from '@mantine/core';
import { IconArrowBackUp, IconEraser } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';

/**
 * The customer's signature drawn on screen with a finger, a pen or the mouse (signature_pad
 * handles pointer, touch and mouse events), with Clear and Undo. Reports a PNG data URL after
 * each stroke, or null when the pad is empty. The canvas is scaled for the screen's pixel
 * ratio, so strokes stay sharp on a tablet; a resize clears it, as the library requires.
 */
export function SignatureField({
  onChange,
  error,
}: {
  onChange: (png: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('rentals');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [empty, setEmpty] = useState(true);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  const report = useCallback(() => {
    const pad = padRef.current;
    const isEmpty = !pad || pad.isEmpty();
    setEmpty(isEmpty);
    changed.current(isEmpty ? null : pad!.toDataURL('image/png'));
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current!;
    const pad = new SignaturePad(canvas, { penColor: '#10204a', minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    const resize = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      canvas.width = canvas.offsetWidth * ratio;
      canvas.height = canvas.offsetHeight * ratio;
      canvas.getContext('2d')!.scale(ratio, ratio);
      pad.clear();
      report();
    };
    resize();
    pad.addEventListener('endStroke', report);
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      pad.removeEventListener('endStroke', report);
      pad.off();
      padRef.current = null;
    };
  }, [report]);

  const undo = () => {
    const pad = padRef.current;
    if (!pad) return;
    const strokes = pad.toData();
    strokes.pop();
    pad.fromData(strokes);
    report();
  };
  const clear = () => {
    padRef.current?.clear();
    report();
  };

  return (
    <Input.Wrapper label={t('checkout.signature.label')} error={error} required>
      <Text fz="sm" c="dimmed" mb={6}>
        {t('checkout.signature.help')}
      </Text>
      <Box
        style={{
          border: `2px dashed var(--mantine-color-${error ? 'red' : 'gray'}-5)`,
          borderRadius: 'var(--mantine-radius-md)',
          background: 'white',
          touchAction: 'none',
        }}
      >
        <canvas
          ref={canvasRef}
          aria-label={t('checkout.signature.canvas')}
          data-testid="signature-pad"
          style={{ width: '100%', height: 220, display: 'block', cursor: 'crosshair' }}
        />
      </Box>
      <Group mt="xs" gap="sm">
        <Button
          variant="default"
          size="md"
          leftSection={<IconArrowBackUp size={18} aria-hidden />}
          onClick={undo}
          disabled={empty}
        >
          {t('checkout.signature.undo')}
        </Button>
        <Button
          variant="default"
          size="md"
          leftSection={<IconEraser size={18} aria-hidden />}
          onClick={clear}
          disabled={empty}
        >
          {t('checkout.signature.clear')}
        </Button>
        <Text fz="sm" c={empty ? 'dimmed' : 'teal'}>
          {empty ? t('checkout.signature.empty') : t('checkout.signature.signed')}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}
