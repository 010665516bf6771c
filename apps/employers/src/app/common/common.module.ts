import { Module } from '@nestjs/common';
import { Clock } from './clock';

/** Small services every feature module of the employers service uses. */
@Module({ providers: [Clock], exports: [Clock] })
export class CommonModule {}
