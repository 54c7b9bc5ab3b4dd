import { Button, Space, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'

interface Props {
  /** The drawn signature as PNG (a form control: Form.Item passes value and onChange). */
  value?: Blob | null
  onChange?: (png: Blob | null) => void
  disabled?: boolean
}

const HEIGHT = 180

/**
 * The business signs with a finger (or mouse). Pointer events cover touch, pen and mouse alike;
 * `touch-action: none` keeps the page from scrolling under the finger while signing.
 */
export function SignaturePad({ onChange, disabled }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const drawing = useRef(false)
  const [empty, setEmpty] = useState(true)

  // Size the bitmap to the element (and the screen's pixel ratio) so strokes stay sharp on phones.
  useEffect(() => {
    const c = canvas.current!
    const ratio = window.devicePixelRatio || 1
    c.width = c.clientWidth * ratio
    c.height = HEIGHT * ratio
    const g = c.getContext('2d')!
    g.scale(ratio, ratio)
    g.lineWidth = 2.5
    g.lineCap = 'round'
    g.lineJoin = 'round'
    g.strokeStyle = '#111'
  }, [])

  const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = canvas.current!.getBoundingClientRect()
    return [e.clientX - r.left, e.clientY - r.top] as const
  }
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (disabled) return
    canvas.current!.setPointerCapture(e.pointerId)
    drawing.current = true
    const g = canvas.current!.getContext('2d')!
    g.beginPath()
    g.moveTo(...at(e))
  }
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return
    const g = canvas.current!.getContext('2d')!
    g.lineTo(...at(e))
    g.stroke()
  }
  const up = () => {
    if (!drawing.current) return
    drawing.current = false
    setEmpty(false)
    canvas.current!.toBlob((b) => onChange?.(b), 'image/png')
  }
  const clear = () => {
    const c = canvas.current!
    c.getContext('2d')!.clearRect(0, 0, c.width, c.height)
    setEmpty(true)
    onChange?.(null)
  }

  return (
    <div>
      <canvas ref={canvas} data-testid="signature-pad" aria-label="签名区" onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up}
        style={{ width: '100%', height: HEIGHT, border: '1px dashed #bfbfbf', borderRadius: 8, background: disabled ? '#f5f5f5' : '#fff', touchAction: 'none', display: 'block' }} />
      <Space style={{ marginTop: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">{empty ? '请被检查单位负责人在框内签名' : '已签名'}</Typography.Text>
        <Button onClick={clear} disabled={disabled || empty}>重新签名</Button>
      </Space>
    </div>
  )
}
