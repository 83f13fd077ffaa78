// base/jpeg_jump: libjpeg-turbo's errors as a longjmp back to the caller, for base/'s JPEG
// readers and writer. Consumes: a libjpeg struct and its bytes. Produces: the error manager
// set up (errors jump to JpegJump::jump, messages dropped) and a decompressor opened on
// the bytes with its header read. The caller calls setjmp(err.jump) before opening, and
// creates no C++ objects with destructors between that setjmp and the end of its use.
#pragma once
// clang-format off
#include <cstdio>  // jpeglib.h needs FILE and size_t first
#include <jpeglib.h>
// clang-format on

#include <csetjmp>
#include <string>

namespace wz {

struct JpegJump {
  jpeg_error_mgr mgr;
  std::jmp_buf jump;
};

inline jpeg_error_mgr* jump_on_error(JpegJump& err) {
  jpeg_std_error(&err.mgr);
  err.mgr.error_exit = [](j_common_ptr p) {
    std::longjmp(reinterpret_cast<JpegJump*>(p->err)->jump, 1);
  };
  err.mgr.output_message = [](j_common_ptr) {};
  return &err.mgr;
}

// jpeg_create_decompress on `b` and its header read (a bad header jumps).
inline void open_jpeg(jpeg_decompress_struct& c, const std::string& b) {
  jpeg_create_decompress(&c);
  jpeg_mem_src(&c, reinterpret_cast<const unsigned char*>(b.data()),
               static_cast<unsigned long>(b.size()));
  jpeg_read_header(&c, TRUE);
}

}  // namespace wz
