import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryService } from '../../directory/directory.service.js';
import type { DirectoryRole } from '../../directory/directory.types.js';
import { Authenticated, Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { RoleDto, RoleUpdateDto } from './directory.dto.js';

@ApiTags('directory')
@Controller('directory/roles')
export class RolesController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Roles institucionales (para ofrecer candidatos) / institutional roles' })
  @ApiOkResponse({ type: [RoleDto] })
  list(): Promise<DirectoryRole[]> {
    return this.directory.roles();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Crear rol / create a role' })
  @ApiCreatedResponse({ type: RoleDto })
  @ApiProblems(400, 409, 422)
  create(@Body() body: RoleDto): Promise<DirectoryRole> {
    return this.directory.createRole(body);
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Renombrar rol / rename a role' })
  @ApiOkResponse({ type: RoleDto })
  @ApiProblems(400, 404, 422)
  update(@Param('id') id: string, @Body() body: RoleUpdateDto): Promise<DirectoryRole> {
    return this.directory.updateRole({ ...body, id });
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Borrar rol sin uso / delete an unused role' })
  @ApiNoContentResponse()
  @ApiProblems(404, 409)
  async remove(@Param('id') id: string): Promise<void> {
    await this.directory.deleteRole(id);
  }
}
