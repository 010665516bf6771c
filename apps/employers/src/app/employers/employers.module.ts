import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '@bridge/platform';
import { Employer } from './employer.entity';
import { EmployersController } from './employers.controller';
import { EmployersService } from './employers.service';

/** Covenant employers: registration by an admin, and their own record. */
@Module({
  imports: [TypeOrmModule.forFeature([Employer]), IdempotencyModule],
  controllers: [EmployersController],
  providers: [EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
