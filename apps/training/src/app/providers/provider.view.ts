import { ApiProperty } from '@nestjs/swagger';
import { ApiNextCursor } from '../common/openapi-examples';
import { Provider } from './provider.entity';

export class ProviderView {
  @ApiProperty({
    format: 'uuid',
    example: '9b2d7e4f-1c3a-4e5b-8f6d-2a1c3b4d5e6f',
  })
  id: string;

  @ApiProperty({ example: '25LX' })
  brin: string;

  @ApiProperty({ example: 'ROC Midden Nederland' })
  name: string;

  @ApiProperty({ example: 'GM0344' })
  municipalityCode: string;

  static of(provider: Provider): ProviderView {
    return {
      id: provider.id,
      brin: provider.brin,
      name: provider.name,
      municipalityCode: provider.municipalityCode,
    };
  }
}

export class ProviderListView {
  @ApiProperty({ type: [ProviderView] })
  items: ProviderView[];

  @ApiNextCursor()
  nextCursor: string | null;
}
