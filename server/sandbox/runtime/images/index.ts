/**
 * The images the runtime knows, by canonical name. Add an image by writing a profile next to
 * these and listing it here. Unknown images behave like busybox, the most common small base.
 */

import type { ImageProfile } from '../types';
import { alpineImage } from './alpine';
import { busyboxImage } from './busybox';
import { cfosImage } from './cfos';
import { nginxImage } from './nginx';

export const IMAGE_PROFILES: Record<string, ImageProfile> = {
  alpine: alpineImage,
  busybox: busyboxImage,
  cfos: cfosImage,
  nginx: nginxImage,
};

export const DEFAULT_IMAGE_PROFILE: ImageProfile = { ...busyboxImage, name: 'default' };
