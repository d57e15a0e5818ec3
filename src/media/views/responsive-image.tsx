import type { ImageView } from '../media.service.ts';

/** A `<picture>` that lets the browser pick format and width; width and height reserve its space. */
export function ResponsiveImage({ image, sizes, eager = false }: { image: ImageView; sizes: string; eager?: boolean }) {
  return (
    <picture>
      {image.sources.slice(0, -1).map((source) => (
        <source type={source.type} srcset={source.srcset} sizes={sizes} />
      ))}
      <img
        src={image.src}
        srcset={image.sources.at(-1)?.srcset}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchpriority={eager ? 'high' : undefined}
      />
    </picture>
  );
}
